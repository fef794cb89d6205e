import { cpus } from 'node:os';
import type { N8nClient, NodeSpec } from '../../test/n8n/harness/client';
import { lastItemOnly, runLight, splitOut } from '../lightRun';
import { settleInOrder } from '../../nodes/shared/operations/settleInOrder';
import { floorRead } from '../floorRead';
import { heldCheckpoint } from '../heldCheckpoint';
import { MemorySampler, type MemorySample } from '../memorySamples';
import { withBenchN8n } from '../n8nInstance';
import { peakResidentBytes, residentBytes, resetPeakResident } from '../processStats';
import { met, type ScenarioReport, type SummaryRow } from '../report';
import { fastCommentsComments, fastCommentsFloor } from '../sources/fastComments';
import { forstaResponses } from '../sources/forsta';
import { count, median, megabytes, seconds, spread, times } from '../stats';

const HTTP_PAGE = 10_000;

interface MemorySetup {
	nodes: NodeSpec[];
	/** The id the last row must have when every row arrived. */
	lastId: unknown;
	rowId: string;
	/** JSON size of all rows (JSON.stringify of the array). */
	jsonBytes: number;
	close(): Promise<void>;
}

interface MemoryCase {
	data: string;
	label: string;
	/** The HTTP Request node set-up this case is compared with (undefined: this is that set-up). */
	versus?: string;
	/** The bare-script floor of the same data, where there is one. */
	floor?: string;
	/** A workflow in n8n, measured in the n8n process; or, for the floor, a measurement of its own outside n8n. */
	open?(n8n: N8nClient, records: number): Promise<MemorySetup>;
	measure?(records: number): Promise<MemoryRun>;
	/**
	 * Run in an n8n where no HTTP Request node has run, so without the checkpoint (which is one); the peak is read
	 * after the execution and nothing is measured after a collection.
	 */
	noHttpRequestNode?: boolean;
}

const jsonSize = (rows: unknown[]) => Buffer.byteLength(JSON.stringify(rows));
/** A growth that may be negative (the heap in use can be lower at the peak than before, after a collection). */
const change = (bytes: number) => (bytes < 0 ? `−${megabytes(-bytes)}` : `+${megabytes(bytes)}`);

async function fastComments(n8n: N8nClient, records: number, http: boolean): Promise<MemorySetup> {
	const source = await fastCommentsComments(n8n, records);
	const comments = source.mock.state.list('comments');
	return {
		nodes: [...(http ? [source.httpNode(0), splitOut('comments')] : [source.ourNode]), lastItemOnly],
		lastId: comments.at(-1)?.id,
		rowId: 'id',
		jsonBytes: jsonSize(comments),
		close: () => source.close(),
	};
}

async function forsta(n8n: N8nClient, records: number, way: 'pages' | 'stream' | 'http'): Promise<MemorySetup> {
	const source = await forstaResponses(n8n, { records, pageSize: HTTP_PAGE });
	const rows = source.records();
	const nodes = way === 'http' ? [source.httpPages(HTTP_PAGE, 50), splitOut('items')] : [source.forstaNode(way, HTTP_PAGE)];
	return { nodes: [...nodes, lastItemOnly], lastId: rows.at(-1)?.responseid, rowId: 'responseid', jsonBytes: jsonSize(rows), close: () => source.close() };
}

/**
 * A Node script that only reads the pages, parses them and keeps every row as an item: no client can need less in
 * a process whose heap V8 manages the same way (`v8Flags` change that).
 */
async function fastCommentsBareScript(records: number, v8Flags: string[] = []): Promise<MemoryRun> {
	const source = await fastCommentsFloor(records);
	try {
		const run = await floorRead(source, v8Flags);
		return { growthBytes: run.growthBytes, heldBytes: run.liveBytes, jsonBytes: source.jsonBytes, ms: run.ms, complete: run.complete };
	} finally {
		await source.close();
	}
}

/** V8's young generation at its least: 1 MB semi-spaces instead of Node 20's 16 MB on 64-bit machines. */
const SMALL_NURSERY = ['--max-semi-space-size=1'];

const HTTP_FC = 'HTTP Request node, pages of 100 + Split Out';
const FLOOR_FC = 'Bare Node script: parse the pages, keep the rows (no n8n)';
const SMALL_NURSERY_FLOOR_FC = `Same bare script, V8 young generation capped (${SMALL_NURSERY.join(' ')})`;
const HTTP_FORSTA = `HTTP Request node, pages of ${count(HTTP_PAGE)} + Split Out`;

export const MEMORY_CASES: MemoryCase[] = [
	{ data: 'FastComments comments', label: 'FastComments node (this pack)', versus: HTTP_FC, floor: FLOOR_FC, open: (n8n, records) => fastComments(n8n, records, false) },
	{
		data: 'FastComments comments',
		label: 'FastComments node (this pack), in an n8n where no HTTP Request node has run',
		floor: FLOOR_FC,
		noHttpRequestNode: true,
		open: (n8n, records) => fastComments(n8n, records, false),
	},
	{ data: 'FastComments comments', label: HTTP_FC, floor: FLOOR_FC, open: (n8n, records) => fastComments(n8n, records, true) },
	{ data: 'FastComments comments', label: FLOOR_FC, measure: (records) => fastCommentsBareScript(records) },
	{ data: 'FastComments comments', label: SMALL_NURSERY_FLOOR_FC, measure: (records) => fastCommentsBareScript(records, SMALL_NURSERY) },
	{ data: 'Forsta survey data', label: `Forsta node (this pack), pages of ${count(HTTP_PAGE)}`, versus: HTTP_FORSTA, open: (n8n, records) => forsta(n8n, records, 'pages') },
	{ data: 'Forsta survey data', label: 'Forsta node (this pack), NDJSON stream', versus: HTTP_FORSTA, open: (n8n, records) => forsta(n8n, records, 'stream') },
	{ data: 'Forsta survey data', label: HTTP_FORSTA, open: (n8n, records) => forsta(n8n, records, 'http') },
];

interface MemoryRun {
	/** Peak RSS during the read, less the RSS just before it. */
	growthBytes: number;
	peakBytes?: number;
	/** At the moment of the peak, against just before the read: JavaScript heap in use, and memory outside it (Buffers). */
	heapBytes?: number;
	externalBytes?: number;
	/**
	 * Heap held once garbage is collected: in n8n, at a checkpoint after the read while the execution holds every
	 * node's output, less the same after the execution; in the bare script, the rows it keeps.
	 */
	heldBytes?: number;
	jsonBytes: number;
	ms: number;
	complete: boolean;
}

interface AtCheckpoint {
	peakBytes: number;
	atPeak: MemorySample;
	/** Right after a full garbage collection. */
	held?: MemorySample;
}

/**
 * One read in a fresh n8n: a small read first (modules loaded, code compiled), then the big one, peak RSS reset
 * before. At a checkpoint after the read, while the execution holds the items, the peak is read and then n8n's
 * garbage collected (a collection can raise RSS itself, so it comes after); another collection after the execution
 * gives what n8n holds without the items.
 */
async function measureOnce(memoryCase: MemoryCase, records: number): Promise<MemoryRun> {
	if (memoryCase.measure) return await memoryCase.measure(records);
	const open = memoryCase.open!;
	const sampler = new MemorySampler();
	let measuredPid: number | undefined;
	let atCheckpoint: AtCheckpoint | undefined;
	const checkpoint = await heldCheckpoint(async () => {
		if (measuredPid === undefined) return;
		const peakBytes = peakResidentBytes(measuredPid);
		const atPeak = sampler.highest();
		atCheckpoint = { peakBytes, atPeak, held: await sampler.collect() };
	});
	const withCheckpoint = (nodes: NodeSpec[]) => (memoryCase.noHttpRequestNode ? nodes : [...nodes, checkpoint.node]);
	try {
		return await withBenchN8n({ env: sampler.env() }, async (n8n) => {
			const warmUp = await open(n8n.client, 50);
			await runLight(n8n.client, withCheckpoint(warmUp.nodes), 60_000).finally(() => warmUp.close());
			const setup = await open(n8n.client, records);
			try {
				const baseline = residentBytes(n8n.pid);
				resetPeakResident(n8n.pid);
				const before = await sampler.reset();
				const started = Date.now();
				measuredPid = n8n.pid;
				const last = await runLight(n8n.client, withCheckpoint(setup.nodes), 600_000);
				const ms = Date.now() - started;
				if (memoryCase.noHttpRequestNode) atCheckpoint = { peakBytes: peakResidentBytes(n8n.pid), atPeak: sampler.highest() };
				if (!atCheckpoint) throw new Error('the workflow did not reach the checkpoint');
				const { peakBytes, atPeak, held } = atCheckpoint;
				const heldBytes = held ? held.heapUsed - (await sampler.collect()).heapUsed : undefined;
				return {
					growthBytes: peakBytes - baseline,
					peakBytes,
					heapBytes: atPeak.heapUsed - before.heapUsed,
					externalBytes: atPeak.external - before.external,
					heldBytes,
					jsonBytes: setup.jsonBytes,
					ms,
					complete: last?.[setup.rowId] === setup.lastId,
				};
			} finally {
				await setup.close();
			}
		});
	} finally {
		await checkpoint.close();
		sampler.close();
	}
}

/**
 * Peak RSS of the n8n process while a workflow emits `records` items. Each case runs in an n8n process of its own
 * (the bare script in a Node process of its own), as many at once as the machine has cores: more would starve
 * V8's concurrent collector, whose pace decides how far the heap grows.
 */
export async function runMemory(records: number, runs: number): Promise<ScenarioReport> {
	const results = new Map<MemoryCase, MemoryRun[]>(MEMORY_CASES.map((memoryCase) => [memoryCase, []]));
	const queue = Array.from({ length: runs }, () => MEMORY_CASES).flat();
	const outcomes = await settleInOrder(queue.length, cpus().length, async (index) => results.get(queue[index])!.push(await measureOnce(queue[index], records)), true);
	const failure = outcomes.find((outcome) => outcome && !outcome.ok);
	if (failure && !failure.ok) throw failure.error;
	const growth = (memoryCase: MemoryCase) => results.get(memoryCase)!.map((run) => run.growthBytes);
	const named = (memoryCase: MemoryCase, label: string | undefined) =>
		MEMORY_CASES.find((candidate) => candidate.data === memoryCase.data && candidate.label === label);
	const rows: SummaryRow[] = [];
	const details: string[] = [];
	for (const memoryCase of MEMORY_CASES) {
		const measured = results.get(memoryCase)!;
		const jsonBytes = measured[0].jsonBytes;
		const ofJson = median(growth(memoryCase)) / jsonBytes;
		const ratioTo = (other: MemoryCase | undefined) => (other ? median(growth(memoryCase)) / median(growth(other)) : undefined);
		const http = named(memoryCase, memoryCase.versus);
		const versusHttp = ratioTo(http);
		const versusFloor = ratioTo(named(memoryCase, memoryCase.floor));
		const complete = measured.every((run) => run.complete);
		const figures = (pick: (run: MemoryRun) => number | undefined) => measured.flatMap((run) => (pick(run) === undefined ? [] : [pick(run)!]));
		const [peaks, heaps, externals, helds] = [figures((run) => run.peakBytes), figures((run) => run.heapBytes), figures((run) => run.externalBytes), figures((run) => run.heldBytes)];
		const madeOf = heaps.length ? `; at the peak, JavaScript heap ${spread(heaps, change)}, Buffers outside it ${spread(externals, change)}` : '';
		const over = memoryCase.measure ? 'over its RSS after the first page' : `over n8n's RSS before the read (peak ${spread(peaks, megabytes)})`;
		const whatIsHeld = memoryCase.measure ? 'the rows alone' : 'held with the items (checkpoint after the read, less after the execution)';
		const held = helds.length ? `; ${whatIsHeld} ${spread(helds, megabytes)} of heap after a full GC = ${times(median(helds) / jsonBytes)} JSON` : '';
		details.push(
			`  ${memoryCase.data}, ${memoryCase.label}: peak RSS +${spread(growth(memoryCase), megabytes)} ${over} = ${times(ofJson)} the data's JSON ` +
				`(${megabytes(jsonBytes)})${madeOf}${held} | read in ${spread(measured.map((run) => run.ms), seconds)} (cases ran side by side, one per core) | last row ${complete ? 'arrived' : 'MISSING'}`,
		);
		const shortMadeOf = heaps.length ? ` (heap ${change(median(heaps))}, Buffers ${change(median(externals))})` : '';
		const comparisons = [versusHttp === undefined ? '' : `RSS growth ×${versusHttp.toFixed(3)}`, versusFloor === undefined ? '' : `×${versusFloor.toFixed(2)} of the bare script`];
		rows.push({
			scenario: `Memory: ${count(records)} ${memoryCase.data}`,
			client: memoryCase.label,
			result: `+${spread(growth(memoryCase), megabytes)} = ${times(ofJson)} JSON${shortMadeOf}${helds.length ? `; held after GC ${times(median(helds) / jsonBytes)} JSON` : ''}`,
			rows: complete ? 'last row arrived' : 'last row MISSING',
			refused: '–',
			versusHttp: comparisons.filter(Boolean).join('; ') || undefined,
			target: http ? `≤ 1.5× JSON, ≤ HTTP: ${met(ofJson <= 1.5 && (versusHttp ?? 0) <= 1)}` : undefined,
		});
	}
	return { title: `Memory: peak RSS of the n8n process emitting ${count(records)} items (execution data not saved)`, details, rows };
}
