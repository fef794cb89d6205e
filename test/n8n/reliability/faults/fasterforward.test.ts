import type { FasterForwardMockOptions } from '../../../mocks/fasterforward';
import type { Fault, FaultRule } from '../../../mocks/shared';
import { MAX_ATTEMPTS_WHEN_THROTTLED } from '../../../../nodes/shared/retry/retryPolicy';
import { countOf, plural, tokenRequestsAfterExpiry, type CaseWords } from '../../../reliability/faults/forstaFasterForwardCase';
import {
	DOCUMENTS_PATH,
	fasterForwardNeighbour,
	isPageRequest,
	isRefresh,
	isTokenRequest,
	onPage,
	PAGES,
	PER_SECOND_429,
	readRecords,
	RECORD_ROWS,
	RECORDS_PATH,
	serverError,
	TOKEN_PATH,
	uploadDocument,
} from '../../../reliability/faults/fasterForwardFaults';
import { fasterForwardFaultWorld, smallDocument, type FasterForwardFaultWorld } from '../../../reliability/faults/fasterForwardN8nFaults';

/**
 * Faults of a Faster Forward Elements domain against the Faster Forward node in a real n8n. Each case has a
 * mock of its own; reads are the mock's 250 test records in 5 pages of 50 (API Request with page-number paging).
 * Faster Forward documents no Retry-After: its per-second 429 names the window in its body, and that is what the
 * node waits for.
 */
const read = (trial: string, expected: string): CaseWords => ({ subject: 'API Request: GET, paged', trial, expected });
const upload = (trial: string, expected: string): CaseWords => ({ subject: 'Document: Upload (POST)', trial, expected });
const NOT_REPEATED = 'It was not repeated, because the service may already have acted on it.';

let world: FasterForwardFaultWorld;
async function start(options: FasterForwardMockOptions = {}): Promise<FasterForwardFaultWorld> {
	world = await fasterForwardFaultWorld(options);
	return world;
}
afterEach(async () => await world?.close());

const onPage2 = (fault: Fault, times = 1): FaultRule => ({ path: RECORDS_PATH, when: onPage(2), times, fault });

/** Another client on the same domain spends the quota just before page `page` is asked for. */
async function neighbourBeforePage(w: FasterForwardFaultWorld, page: number): Promise<() => number> {
	const neighbour = await fasterForwardNeighbour(w.mock);
	let spent = 0;
	w.faults.add({ path: RECORDS_PATH, when: onPage(page), fault: { kind: 'before', run: async () => void (spent = await neighbour()) } });
	return () => spent;
}

describe('Faster Forward: faults on a page read', () => {
	interface ReadCase {
		rules: FaultRule[];
		/** Attempts at page 2 the engine must make, and the most it may. */
		attempts: number | 'several';
		bound: number;
		/** The error the read must end with; none means it must complete. */
		error?: string;
	}
	const html = '<!DOCTYPE html><html><head><title>Onderhoud</title></head><body>We zijn zo terug.</body></html>';
	const cases: Array<[string, ReadCase]> = [
		['documented per-second 429', { rules: [onPage2(PER_SECOND_429)], attempts: 2, bound: MAX_ATTEMPTS_WHEN_THROTTLED }],
		['per-second 429 storm: 3 in a row', { rules: [onPage2(PER_SECOND_429, 3)], attempts: 4, bound: MAX_ATTEMPTS_WHEN_THROTTLED }],
		[
			'per-second 429 on every attempt',
			{ rules: [onPage2(PER_SECOND_429, Infinity)], attempts: 8, bound: MAX_ATTEMPTS_WHEN_THROTTLED, error: 'Faster Forward (HTTP 429): Limit exceeded of 5 request(s) in 1 second(s)' },
		],
		['503, 502, 500 flap', { rules: [503, 502, 500].map((status) => onPage2(serverError(status))), attempts: 4, bound: 4 }],
		['503 on every attempt', { rules: [onPage2(serverError(503), Infinity)], attempts: 'several', bound: Infinity, error: 'Faster Forward (HTTP 503): Server Error' }],
		['connection reset twice', { rules: [onPage2({ kind: 'reset' }, 2)], attempts: 3, bound: 3 }],
		['HTML page with 200', { rules: [onPage2({ kind: 'replace', contentType: 'text/html', rawBody: html })], attempts: 1, bound: 1, error: 'an HTML page ("Onderhoud") instead of JSON' }],
		['JSON cut off mid-body (200)', { rules: [onPage2({ kind: 'truncate' })], attempts: 1, bound: 1, error: 'the response was not valid JSON' }],
	];
	test.each(cases)('%s on page 2', async (trial, { rules, attempts: wanted, bound, error }) => {
		const w = await start();
		for (const rule of rules) w.faults.add(rule);
		// A short retry budget (the node's option) keeps the case that never recovers to seconds.
		const run = await w.run(readRecords({ retryBudgetSeconds: 2 }));
		const attempts = countOf(run.log, isPageRequest(2));
		if (error) {
			expect(run.outcome.error).toContain(error);
			expect(run.outcome.items).toEqual([]);
		} else {
			expect(run.outcome.error).toBeUndefined();
		}
		if (wanted === 'several') expect(attempts).toBeGreaterThan(2);
		else expect(attempts).toBe(wanted);
		expect(attempts).toBeLessThanOrEqual(bound);
		w.settle(read(trial, error ? 'clear error, no partial data' : 'retry, every row once'), run, `${plural(attempts, 'attempt')} at page 2`, RECORD_ROWS);
	});
});

test('Faster Forward: the connection drops half-way through the body of page 2: asked again, every row once', async () => {
	const w = await start();
	w.faults.add(onPage2({ kind: 'resetMidBody' }));
	const run = await w.run(readRecords());
	const attempts = countOf(run.log, isPageRequest(2));
	expect(run.outcome.error).toBeUndefined();
	expect(attempts).toBe(2);
	w.settle(read('connection reset mid-body', 'retry, every row once'), run, `${attempts} attempts at page 2`, RECORD_ROWS);
});

describe('Faster Forward: the 5 per second and daily limits shared with another client', () => {
	test('another client fills the 5/s window mid-read: the read waits, every row once', async () => {
		const w = await start();
		const spent = await neighbourBeforePage(w, 2);
		const run = await w.run(readRecords());
		const refused = countOf(run.log, (entry) => RECORDS_PATH.test(entry.path) && entry.status === 429);
		expect(run.outcome.error).toBeUndefined();
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThan(MAX_ATTEMPTS_WHEN_THROTTLED * PAGES);
		w.settle(read('5/s window spent by another client', 'wait, then every row once'), { ...run, tried: spent() }, `other client sent ${spent()}; ${refused} of ours refused`, RECORD_ROWS);
	});

	test('another client used up the daily quota: the read fails at once with the quota message, no partial data', async () => {
		// The per-second window is wide here so that only the daily quota refuses the other client.
		const w = await start({ rateLimit: { perSecond: { limit: 100, windowMs: 1_000 }, perDay: { limit: 8, windowMs: 86_400_000 } } });
		const spent = await neighbourBeforePage(w, 3);
		const run = await w.run(readRecords());
		const attempts = countOf(run.log, isPageRequest(3));
		expect(run.outcome.error).toContain('the daily quota of 100,000 requests is used up');
		expect(run.outcome.items).toEqual([]);
		expect(attempts).toBe(1);
		w.settle(read('daily quota spent by another client', 'fail at once, say the quota is spent'), { ...run, tried: spent() }, `other client sent ${spent()}; ${attempts} attempt at page 3`, RECORD_ROWS);
	});
});

describe('Faster Forward: tokens', () => {
	const cases: Array<[string, Fault | undefined, number]> = [
		['token expires before page 3', undefined, 1],
		['token expires, then the refresh gets a 503 once', serverError(503), 2],
		['token expires, then the refresh is reset once', { kind: 'reset' }, 2],
	];
	test.each(cases)('%s: renewed, every row once, few token requests', async (trial, refreshFault, maxTokenRequests) => {
		const w = await start();
		w.faults.add({ path: RECORDS_PATH, when: onPage(3), fault: { kind: 'before', run: () => w.mock.tokens.expireAccessTokens() } });
		if (refreshFault) w.faults.add({ path: TOKEN_PATH, when: isRefresh, fault: refreshFault });
		const run = await w.run(readRecords());
		const tokenRequests = tokenRequestsAfterExpiry(run.log, isTokenRequest);
		expect(run.outcome.error).toBeUndefined();
		expect(tokenRequests).toBeGreaterThanOrEqual(1);
		expect(tokenRequests).toBeLessThanOrEqual(maxTokenRequests);
		w.settle(read(trial, 'renew token, every row once'), run, `${plural(tokenRequests, 'token request')} after expiry`, RECORD_ROWS);
	});
});

describe('Faster Forward: a document upload is never sent twice', () => {
	const posts = (run: { log: Parameters<typeof countOf>[0] }) => countOf(run.log, (entry) => DOCUMENTS_PATH.test(entry.path));

	test.each<[string, Fault, string]>([
		['502 after the upload was stored', serverError(502), 'Faster Forward (HTTP 502): Server Error'],
		['reset after the upload was stored', { kind: 'reset' }, 'could not complete the request'],
	])('%s: one POST, a clear error that says it was not repeated', async (trial, fault, message) => {
		const w = await start();
		w.faults.add({ method: 'POST', path: DOCUMENTS_PATH, afterHandling: true, fault });
		const run = await w.outcome([smallDocument, w.node(uploadDocument)]);
		expect(run.outcome.error).toContain(message);
		expect(run.outcome.error).toContain(NOT_REPEATED);
		expect(posts(run)).toBe(1);
		expect(w.mock.uploads).toHaveLength(1);
		w.settle(upload(trial, 'send once, clear error'), run, `${posts(run)} POST, ${w.mock.uploads.length} stored`);
	});

	test('documented per-second 429 on the upload (not processed): sent again after the wait, stored once', async () => {
		const w = await start();
		w.faults.add({ method: 'POST', path: DOCUMENTS_PATH, fault: PER_SECOND_429 });
		const run = await w.outcome([smallDocument, w.node(uploadDocument)]);
		expect(run.outcome.error).toBeUndefined();
		expect(run.outcome.items).toEqual([expect.objectContaining({ id: 1 })]);
		expect(posts(run)).toBe(2);
		expect(w.mock.uploads).toHaveLength(1);
		expect(w.mock.uploads[0].body).toMatchObject({ dossierId: 7, document: { name: 'case.pdf', content: Buffer.from('fault case document').toString('base64') } });
		w.settle(upload('per-second 429 on the POST', 'wait, send again, store once'), run, `${posts(run)} POSTs (1 refused), ${w.mock.uploads.length} stored`);
	});
});
