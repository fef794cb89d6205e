import { randomUUID } from 'node:crypto';
import type { INodeParameters } from 'n8n-workflow';
import { tooManyRequests, type Fault, type FaultLayer, type FaultRule } from '../../mocks/shared/faults';
import type { LogEntry } from '../../mocks/shared/requestLog';
import { newestFirst } from '../../mocks/hive/collection';
import { hiveWorld, type HiveWorld } from '../../n8n/hive/hiveFixture';
import type { ReadTally } from '../tally';
import { emittedAgainst, faultLayerOn, runCapturing, secretsIn, type WorkflowOutcome } from './faultCase';

/** 30 SKUs in pages of 10: a read takes three requests, so a fault can hit the middle of it. */
export const HIVE_FAULT_SKUS = 30;
export const HIVE_FAULT_PAGE_SIZE = 10;

export interface HiveFaultWorld extends HiveWorld {
	faults: FaultLayer;
	/** Moves the mock's rate-limit clock forward by `ms` (requests are counted by arrival on that clock). */
	advanceClock(ms: number): void;
}

/**
 * A Hive mock with a fault layer and an n8n credential of its own. Every world has its own API key, so its rate
 * group in n8n (shared by every execution in the process) starts empty and no other test's 429 pauses it.
 */
export async function hiveFaultWorld(): Promise<HiveFaultWorld> {
	let offset = 0;
	const apiKey = `hive-faults-${randomUUID()}`;
	const world = await hiveWorld(
		{ apiKey, seed: { skus: HIVE_FAULT_SKUS }, pageSize: HIVE_FAULT_PAGE_SIZE, clock: () => Date.now() + offset },
		`Hive faults ${apiKey.slice(-8)}`,
	);
	return { ...world, faults: faultLayerOn(world.mock), advanceClock: (ms) => void (offset += ms) };
}

export const SKUS_PATH = /\/skus$/;

/** The page a list request asked for (Hive counts from 1). */
export const pageOf = (entry: LogEntry): number => Number(entry.query.page?.[0] ?? 1);

/** A rule for the GET of one page of the SKU list. */
export function onSkuPage(page: number, rule: Omit<FaultRule, 'method' | 'path' | 'when'>): FaultRule {
	return { method: 'GET', path: SKUS_PATH, when: (req) => Number(req.query.page?.[0] ?? 1) === page, ...rule };
}

export const skuIds = (world: HiveWorld): number[] => world.mock.state.skus.map((sku) => sku.id);

export interface SkuRead {
	outcome: WorkflowOutcome;
	/** Every request the mock received during the run. */
	requests: LogEntry[];
	/** Emitted SKUs against those listed for the whole run (SKUs that came or went during it may appear or not). */
	tally: ReadTally;
	/** SKUs listed at the end of the run. */
	listed: number;
	leaked: number;
	/** The requests for one page. */
	page(n: number): LogEntry[];
}

/** Runs SKU Get Many with Return All in n8n and measures what it emitted against what Hive held. */
export async function readAllSkus(world: HiveWorld, extra: INodeParameters = {}): Promise<SkuRead> {
	const before = skuIds(world);
	const mark = world.mark();
	const outcome = await runCapturing(world.n8n, [world.hive({ resource: 'sku', operation: 'getAll', returnAll: true, ...extra })]);
	const requests = world.requestsSince(mark);
	const after = skuIds(world);
	const throughout = before.filter((id) => after.includes(id));
	const changed = [...before, ...after].filter((id) => !throughout.includes(id));
	return {
		outcome,
		requests,
		tally: emittedAgainst(outcome, throughout, changed),
		listed: after.length,
		leaked: secretsIn(outcome.texts, [world.mock.apiKey]),
		page: (n) => requests.filter((entry) => entry.method === 'GET' && SKUS_PATH.test(entry.path) && pageOf(entry) === n),
	};
}

/** When the mock began handling a request (the log keeps when it answered and how long that took). */
export const arrivedAt = (entry: LogEntry): number => Date.parse(entry.time) - entry.durationMs;
export const answeredAt = (entry: LogEntry): number => Date.parse(entry.time);

/**
 * Another client with the same API key spends what is left of the minute's 100 requests now. The mock's clock then
 * moves on until the oldest request of the window is `freesInMs` from expiring, however long the run took so far,
 * so Hive refuses the node's next request with a short, real Retry-After although the node sent only a few.
 * Returns how many requests the other client spent.
 */
export function anotherClientSpendsTheQuota(world: HiveFaultWorld, freesInMs: number): number {
	const limiter = world.mock.limiter;
	if (!limiter) throw new Error('this Hive mock has no rate limit');
	let spent = 0;
	while (limiter.tryAcquire().allowed) spent += 1;
	world.advanceClock(limiter.status()[0].msUntilFree - freesInMs);
	return spent;
}

/** SKU ids in the order Hive lists them (newest first), so a test can tell which page a SKU is on. */
export const listedOrder = (world: HiveWorld): number[] => newestFirst(world.mock.state.skus).map((sku) => sku.id);

/**
 * Removes SKUs from Hive for good. Through the API Hive only soft-deletes (the SKU stays listed as "deleted"); this
 * is a purge on Hive's side, the one way a list shrinks under a reader.
 */
export function purgeSkus(world: HiveWorld, ids: readonly number[]): void {
	const { skus } = world.mock.state;
	const kept = skus.filter((sku) => !ids.includes(sku.id));
	skus.splice(0, skus.length, ...kept);
}

/**
 * Hive's 429 as documented: a Retry-After in decimal seconds (e.g. 3.2) and the usage headers, which say the minute's
 * requests are spent.
 */
export function hive429(retryAfterSeconds: number): Fault {
	const fault = tooManyRequests('decimal', retryAfterSeconds, { success: false, errors: ['Rate limit exceeded'] });
	if (fault.kind !== 'status') throw new Error('tooManyRequests builds a status fault');
	return { ...fault, headers: { ...fault.headers, 'X-Rate-Limit-Used': '100', 'X-Rate-Limit-Max': '100' } };
}
