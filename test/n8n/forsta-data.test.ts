import { WorkflowRunError } from './harness/client';
import { byId, forstaWorld, type ForstaWorld } from '../mocks/forsta/n8nWorld';

/** Survey data reads, tokens, limits and errors of the Forsta node in a real n8n. */
const survey = byId('p1000001');
const read = (extra: Record<string, unknown> = {}) => ({
	resource: 'response',
	operation: 'getData',
	survey,
	returnAll: true,
	readMode: 'pages',
	pageSize: 100,
	dataOptions: {},
	...extra,
});
const responseIds = (items: Array<Record<string, unknown>>) => items.map((item) => item.responseid);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

async function failureOf(promise: Promise<unknown>): Promise<WorkflowRunError> {
	const error = await promise.then(
		() => undefined,
		(rejection: unknown) => rejection,
	);
	if (error instanceof WorkflowRunError) return error;
	throw new Error(`expected the workflow to fail, got ${String(error)}`);
}

describe('Forsta survey data in a real n8n', () => {
	let world: ForstaWorld;
	beforeAll(async () => {
		world = await forstaWorld({ seed: { responses: 12_345 } });
	});
	afterAll(async () => await world.mock.close());

	test('Return All follows `next` and `nextpage` links, a page at most 10,000 records', async () => {
		const mark = world.mark();
		const items = await world.n8n.runWorkflow([world.forsta(read({ pageSize: 10_000 }))], undefined, { timeoutMs: 110_000 });
		expect(responseIds(items)).toEqual(oneTo(12_345));
		const pages = world.entriesSince(mark).filter((entry) => entry.path.endsWith('/data'));
		expect(pages.map((entry) => [entry.query.page?.[0] ?? '1', entry.query.pageSize?.[0] ?? '', entry.status])).toEqual([
			['1', '10000', 200],
			['2', '10000', 200],
		]);
	});

	test('Stream (NDJSON) reads every record from one request, beyond the page limit', async () => {
		const mark = world.mark();
		const items = await world.n8n.runWorkflow([world.forsta(read({ readMode: 'stream', dataOptions: { variables: 'status' } }))]);
		expect(items).toHaveLength(12_345);
		expect(items[12_344]).toEqual({ responseid: 12_345, status: 'complete' });
		expect(world.requestsSince(mark).filter((line) => line.includes('/data'))).toEqual(['GET /v1/surveys/p1000001/responses/data 200']);
	});

	test('a page size over 10,000 is refused before any request, and the error names the limit', async () => {
		const mark = world.mark();
		const failure = await failureOf(world.n8n.runWorkflow([world.forsta(read({ pageSize: '={{ 10001 }}' }))]));
		expect(failure.message).toContain(`The field "Page Size" is 10001, but Forsta's survey data endpoints allow at most 10,000 records per page`);
		expect(world.requestsSince(mark)).toEqual([]);
	});

	test('a permission 403 fails at once, is never retried, and Continue On Fail pairs it with its item', async () => {
		const mark = world.mark();
		const node = world.forsta(read({ survey: byId('={{ $json.survey }}'), returnAll: false, limit: 2 }), { onError: 'continueRegularOutput' });
		const items = await world.n8n.runWorkflow([node, { name: 'After', type: 'n8n-nodes-base.noOp' }], undefined, {
			input: [{ survey: 'p1000002' }, { survey: 'p1000012' }],
		});
		expect(items[0]).toMatchObject({ responseid: 1 });
		expect(items[2]).toMatchObject({ error: 'Forsta (HTTP 403): You do not have access to survey p1000012.', httpCode: '403' });
		expect(world.requestsSince(mark).filter((line) => line.includes('p1000012'))).toEqual(['GET /v1/surveys/p1000012/responses/data 403']);
	});

	test('no secret and no token reaches the execution data or the n8n log', async () => {
		await failureOf(world.n8n.runWorkflow([world.forsta(read({ survey: byId('p1000012') }))]));
		const log = world.n8n.readLog();
		const executions = await world.n8n.rest<{ results?: unknown[] }>('GET', '/executions?limit=100');
		const stored = JSON.stringify(executions);
		for (const secret of [world.mock.clientSecret, ...world.mock.tokens.issuedTokens()]) {
			expect(log).not.toContain(secret);
			expect(stored).not.toContain(secret);
		}
	});
});

describe('Forsta tokens and limits in a real n8n', () => {
	test('a token that expires in the middle of a read is renewed; no record is lost or repeated', async () => {
		const world = await forstaWorld({ tokens: { requestsPerToken: 3 } });
		try {
			const mark = world.mark();
			const items = await world.n8n.runWorkflow([world.forsta(read({ pageSize: 25 }))]);
			expect(responseIds(items)).toEqual(oneTo(250));
			const log = world.requestsSince(mark);
			expect(log.filter((line) => line.endsWith('/data 200'))).toHaveLength(10);
			expect(log.filter((line) => line.endsWith('/data 401')).length).toBeGreaterThanOrEqual(3);
		} finally {
			await world.mock.close();
		}
	});

	// Zero 429s is a timing figure (the bench reports it): on a loaded CI machine the mock's own event loop can bunch
	// arrivals by tens of ms. An unthrottled client would collect ~40 refusals here; this allows jitter, not that.
	test('reads 60 pages at Forsta’s 20 requests a second, paced by the throttle, every record once', async () => {
		const world = await forstaWorld({ seed: { responses: 600 } });
		try {
			const started = Date.now();
			const items = await world.n8n.runWorkflow([world.forsta(read({ pageSize: 10 }))]);
			const seconds = (Date.now() - started) / 1000;
			expect(items).toHaveLength(600);
			expect(new Set(items.map((item) => JSON.stringify(item))).size).toBe(600);
			const refused = Object.values(world.mock.stats.throttled as Record<string, number>).reduce((sum, count) => sum + count, 0);
			expect(refused).toBeLessThanOrEqual(2);
			// 60 requests at 20/s: the first 20 at once, the rest need at least two more seconds.
			expect(seconds).toBeGreaterThan(1.9);
		} finally {
			await world.mock.close();
		}
	});

	test('a 403 that says "rate limit" is waited out and the read completes', async () => {
		const world = await forstaWorld({ throttleStatus: 403, rateLimit: [{ limit: 3, windowMs: 1_000 }] });
		try {
			const mark = world.mark();
			const items = await world.n8n.runWorkflow([world.forsta(read({ pageSize: 50 }))]);
			expect(items).toHaveLength(250);
			const log = world.requestsSince(mark);
			expect(log.filter((line) => line.endsWith('/data 403')).length).toBeGreaterThan(0);
			expect(log.filter((line) => line.endsWith('/data 200'))).toHaveLength(5);
		} finally {
			await world.mock.close();
		}
	});
});
