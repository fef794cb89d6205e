import type { Fault } from '../../../mocks/shared/faults';
import { runCapturing, secretsIn, settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { hiveFaultWorld, onSkuPage, readAllSkus, type HiveFaultWorld } from '../../../reliability/faults/hiveFaults';
import { fastCommentsFaultWorld, onCommentsAt, readAllComments, type CommentRead } from '../../../reliability/faults/fastcommentsFaults';
import { flowboxFaultWorld, onCursorPage, readAllPosts, type PostRead } from '../../../reliability/faults/flowboxFaults';
import { worldPerFile, worldPerTest } from '../../../reliability/faults/worldLifecycle';
import { connectN8n } from '../../harness/client';
import { fasterForwardFaultWorld } from '../../../reliability/faults/fasterForwardN8nFaults';
import { onPage as onRecordsPage, readRecords, RECORD_ROWS, RECORDS_PATH } from '../../../reliability/faults/fasterForwardFaults';
import { forstaFaultWorld } from '../../../reliability/faults/forstaN8nFaults';
import { DATA_PATH, onPage as onResponsesPage, readResponses } from '../../../reliability/faults/forstaFaults';

const hiveCase = (subject: string, trial: string, expected: string): FaultCase => ({ service: 'Hive', subject, trial, expected, runtime: 'real n8n' });
const readCase = (trial: string, expected: string): FaultCase => hiveCase('SKU: Get Many', trial, expected);
const OUTAGE_MS = 10_000;
const OUTAGE_EXPECTED = 'wait it out within the retry budget, all rows once';
/** The longest wait between two attempts after a fault: a budget is kept to within this. */
const LONGEST_BACKOFF_MS = 8_000;
const BUDGET_CASE_OUTAGE_MS = 5_000 + LONGEST_BACKOFF_MS + 5_000;

const world = worldPerTest(hiveFaultWorld, (opened) => opened.mock.close());

interface Outage {
	/** Resolves when the mock is back. */
	over(): Promise<void>;
	startedAt(): number;
}

/** The mock goes down as page 2 arrives (that request's connection drops) and is back `ms` later on the same port. */
function outageAtPage2(w: HiveFaultWorld, ms: number): Outage {
	return outageOn(w.mock, ms, (fault) => w.faults.add(onSkuPage(2, { fault })));
}

/** An outage of `ms` of the mock that starts when the request the rule matches arrives. */
function outageOn(mock: { outage(ms: number): Promise<void> }, ms: number, addRule: (fault: Fault) => void): Outage {
	let outage: Promise<void> = Promise.resolve();
	let startedAt = 0;
	addRule({
		kind: 'before',
		run: () => {
			startedAt = Date.now();
			outage = mock.outage(ms);
		},
	});
	return { over: async () => await outage, startedAt: () => startedAt };
}

describe('Hive: a Return All through an outage (the mock refuses connections, then comes back)', () => {
	test.each([10_000, 45_000])('an outage of %i ms: the read waits it out; every SKU arrives once, none twice', async (ms) => {
		const outage = outageAtPage2(world(), ms);
		const { outcome, tally, listed, leaked, page } = await readAllSkus(world());
		await outage.over();
		expect(outcome.error).toBeUndefined();
		expect(tally.unexpected).toBe(0);
		expect(outcome.items).toHaveLength(listed);
		// The node says on itself how long it waited and how often it asked again.
		expect(outcome.texts[0]).toMatch(/This node waited \d+(\.\d)? s in total: [^"]*for the service to come back after faults/);
		settleFaultCase(readCase(`outage of ${ms / 1000} s at page 2`, 'wait it out within the retry budget, all SKUs once'), {
			observed: `${page(2).length} requests for page 2 reached the mock; ${outcome.items.length}/${listed} SKUs`,
			tried: 1,
			...tally,
			leaked,
		});
	});

	test('an outage longer than the retry budget (5 s): fails within the budget plus one backoff, naming the page and what was read', async () => {
		// Longer than the budget plus the longest backoff: with jitter, the last attempt may land up to 13 s after the fault.
		const outage = outageAtPage2(world(), BUDGET_CASE_OUTAGE_MS);
		const { outcome, leaked } = await readAllSkus(world(), { retryBudgetSeconds: 5 });
		const failedAfter = Date.now() - outage.startedAt();
		await outage.over();
		expect(outcome.error).toMatch(/Hive: could not complete the request \((ECONNREFUSED|ECONNRESET)\)/);
		expect(outcome.error).toContain('Request: GET /skus, page 2.');
		expect(outcome.error).toContain('1 page (10 items)');
		expect(outcome.error).toMatch(/Retry Budget \(Seconds\).*Retry On Fail/);
		expect(outcome.items).toEqual([]);
		expect(failedAfter).toBeGreaterThanOrEqual(5_000);
		expect(failedAfter).toBeLessThanOrEqual(5_000 + LONGEST_BACKOFF_MS + 2_000);
		settleFaultCase(readCase(`outage of ${BUDGET_CASE_OUTAGE_MS / 1000} s, retry budget 5 s`, 'clear error naming the page, nothing partial'), {
			observed: `failed after ${Math.round(failedAfter / 1000)} s at page 2; 0 items emitted`,
			tried: 1,
			leaked,
		});
	});

	test('a SKU Create (POST) sent into an outage is sent once, and the error says the service may have acted', async () => {
		const w = world();
		const outage = outageOn(w.mock, 3_000, (fault) => w.faults.add({ method: 'POST', path: /\/skus$/, fault }));
		const mark = w.mark();
		const create = w.hive({ resource: 'sku', operation: 'create', merchantSkuId: 'OUTAGE-1', name: 'Sent once', additionalFields: {} } as never);
		const outcome = await runCapturing(w.n8n, [create]);
		await outage.over();
		const posts = w.requestsSince(mark).filter((entry) => entry.method === 'POST' && /\/skus$/.test(entry.path));
		expect(outcome.error).toMatch(/Hive: could not complete the request \((ECONNRESET|ECONNREFUSED)\)\. It was not repeated, because the service may already have acted on it/);
		expect(posts).toHaveLength(1);
		settleFaultCase(hiveCase('SKU: Create', 'outage as the POST arrives', 'send once, clear error'), {
			observed: `${posts.length} POST reached the mock, error says not repeated`,
			tried: 1,
			doubleSent: Math.max(0, posts.length - 1),
			leaked: secretsIn(outcome.texts, [w.mock.apiKey]),
		});
	});
});

const fastComments = worldPerFile(() => fastCommentsFaultWorld(connectN8n()), (opened) => opened.mock.state.reset());
const flowbox = worldPerFile(() => flowboxFaultWorld(connectN8n()), (opened) => opened.mock.reset());

/** A list read that had to wait the outage out: no error, every listed item once, recorded in the ledger. */
function settleWaitedOut(service: 'FastComments' | 'Flowbox', subject: string, noun: string, read: CommentRead | PostRead): void {
	const { outcome, tally, listed, leaked } = read;
	expect(outcome.error).toBeUndefined();
	expect(outcome.items).toHaveLength(listed);
	settleFaultCase({ service, subject, trial: 'outage of 10 s at page 2', expected: OUTAGE_EXPECTED, runtime: 'real n8n' }, {
		observed: `${outcome.items.length}/${listed} ${noun}`,
		tried: 1,
		...tally,
		leaked,
	});
}

describe('FastComments and Flowbox: a Return All through a 10 s outage', () => {
	test('FastComments Comment Get Many: waits the outage out; every comment once, none twice', async () => {
		const w = fastComments();
		const outage = outageOn(w.mock.server, OUTAGE_MS, (fault) => w.faults.add(onCommentsAt('skip', (skip) => skip > 0, { fault })));
		const read = await readAllComments(w, 'flexible');
		await outage.over();
		settleWaitedOut('FastComments', 'Comment: Get Many', 'comments', read);
	});

	test('Flowbox feed: waits the outage out; every post once, none twice', async () => {
		const w = flowbox();
		const outage = outageOn(w.mock, OUTAGE_MS, (fault) => w.faults.add(onCursorPage('feed', 1, { fault })));
		const read = await readAllPosts(w, 'feed');
		await outage.over();
		settleWaitedOut('Flowbox', 'Feed: Get Posts', 'posts', read);
	});
});

describe('Forsta and Faster Forward: a paged read through a 10 s outage', () => {
	test('Forsta Response Get Data: waits the outage out; every row once, none twice', async () => {
		const w = await forstaFaultWorld();
		try {
			const outage = outageOn(w.mock, OUTAGE_MS, (fault) => w.faults.add({ path: DATA_PATH, when: onResponsesPage(2), fault }));
			const run = await w.run(readResponses());
			await outage.over();
			expect(run.outcome.error).toBeUndefined();
			w.settle({ subject: 'Response: Get Data (pages)', trial: 'outage of 10 s at page 2', expected: OUTAGE_EXPECTED }, run, 'waited the outage out', run.rows);
		} finally {
			await w.close();
		}
	});

	test('Faster Forward API Request (paged GET): waits the outage out; every row once, none twice', async () => {
		const w = await fasterForwardFaultWorld();
		try {
			const outage = outageOn(w.mock, OUTAGE_MS, (fault) => w.faults.add({ path: RECORDS_PATH, when: onRecordsPage(2), fault }));
			const run = await w.run(readRecords());
			await outage.over();
			expect(run.outcome.error).toBeUndefined();
			w.settle({ subject: 'API Request: GET, paged', trial: 'outage of 10 s at page 2', expected: OUTAGE_EXPECTED }, run, 'waited the outage out', RECORD_ROWS);
		} finally {
			await w.close();
		}
	});
});
