import type { IDataObject } from 'n8n-workflow';
import { responseRecord, type ForstaMockOptions } from '../../../mocks/forsta';
import { tooManyRequests, type Fault } from '../../../mocks/shared';
import { MAX_ATTEMPTS_WHEN_THROTTLED } from '../../../../nodes/shared/retry/retryPolicy';
import { countOf, oneTo, tokenRequestsAfterExpiry, type CaseWords } from '../../../reliability/faults/forstaFasterForwardCase';
import {
	createRespondent,
	DATA_PATH,
	forstaNeighbour,
	isPageRequest,
	isTokenRequest,
	onPage,
	PAGES,
	RATE_LIMITED,
	readResponses,
	RESPONDENTS_PATH,
	RESPONSES,
	responseKey,
	serverError,
	survey,
	SURVEY_ID,
	TOKEN_PATH,
} from '../../../reliability/faults/forstaFaults';
import { forstaFaultWorld, type ForstaFaultWorld } from '../../../reliability/faults/forstaN8nFaults';

/**
 * Faults of Forsta's Surveys API and identity server against the Forsta node in a real n8n. Each case has a
 * mock of its own, so tokens and throttles start fresh; reads are 50 responses in 5 pages of 10.
 */
const paged = (trial: string, expected: string): CaseWords => ({ subject: 'Response: Get Data (pages)', trial, expected });
const streamed = (trial: string, expected: string): CaseWords => ({ subject: 'Response: Get Data (stream)', trial, expected });
const WAITED = 'wait, then every row once';
const RETRIED = 'retry, every row once';
const CLEAR_ERROR = 'clear error, no partial data';
const NOT_REPEATED = 'It was not repeated, because the service may already have acted on it.';

let world: ForstaFaultWorld;
async function start(options: ForstaMockOptions = {}): Promise<ForstaFaultWorld> {
	world = await forstaFaultWorld(options);
	return world;
}
afterEach(async () => await world?.close());

/** Another client with the same client id spends the quota just before page `page` is asked for. */
async function neighbourBeforePage(w: ForstaFaultWorld, page: number): Promise<() => number> {
	const neighbour = await forstaNeighbour(w.mock);
	let spent = 0;
	w.faults.add({ path: DATA_PATH, when: onPage(page), fault: { kind: 'before', run: async () => void (spent = await neighbour()) } });
	return () => spent;
}

const refusedReads = (log: Parameters<typeof countOf>[0]) => countOf(log, (entry) => DATA_PATH.test(entry.path) && entry.status === 429);

test('a clean read asks for every page once (the baseline the cases compare with)', async () => {
	const w = await start();
	const run = await w.run(readResponses());
	expect(run.outcome.error).toBeUndefined();
	expect(run.outcome.items.map(responseKey)).toEqual(oneTo(RESPONSES));
	expect(countOf(run.log, (entry) => DATA_PATH.test(entry.path))).toBe(PAGES);
});

describe('Forsta: 429s and rate-limit 403s on a page read are waited out', () => {
	const cases: Array<[string, () => Fault, number]> = [
		['429, Retry-After 1 s', () => tooManyRequests('seconds', 1, RATE_LIMITED), 1],
		['429, Retry-After as HTTP date', () => tooManyRequests('date', 2, RATE_LIMITED), 1],
		['429 without Retry-After', () => tooManyRequests('none', 0, RATE_LIMITED), 1],
		['403 "Rate limit exceeded", no Retry-After', () => ({ kind: 'status', status: 403, body: RATE_LIMITED }), 1],
		['429 storm: 3 in a row', () => tooManyRequests('seconds', 1, RATE_LIMITED), 3],
	];
	test.each(cases)('%s on page 2: every row once, within 8 attempts', async (trial, fault, times) => {
		const w = await start();
		w.faults.add({ path: DATA_PATH, when: onPage(2), times, fault: fault() });
		const run = await w.run(readResponses());
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toBeUndefined();
		expect(attempts).toBe(times + 1);
		expect(attempts).toBeLessThanOrEqual(MAX_ATTEMPTS_WHEN_THROTTLED);
		w.settle(paged(trial, WAITED), run, `${attempts} attempts at page 2`, run.rows);
	});

	test('a 429 storm longer than the retry bound ends after 8 attempts with a clear error, no partial data', async () => {
		const w = await start();
		w.faults.add({ path: DATA_PATH, when: onPage(2), times: Infinity, fault: tooManyRequests('seconds', 1, RATE_LIMITED) });
		const run = await w.run(readResponses());
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toContain('Forsta (HTTP 429): Rate limit exceeded.');
		expect(run.outcome.items).toEqual([]);
		expect(attempts).toBe(MAX_ATTEMPTS_WHEN_THROTTLED);
		w.settle(paged('429 on every attempt', 'give up after 8 attempts, say so'), run, `${attempts} attempts at page 2`, run.rows);
	});
});

describe('Forsta: the three windows and a quota another client spends', () => {
	test('another client fills the 20/s window mid-read: Forsta refuses earlier than documented, the read waits', async () => {
		const w = await start();
		const spent = await neighbourBeforePage(w, 2);
		const run = await w.run(readResponses());
		const refused = refusedReads(run.log);
		expect(run.outcome.error).toBeUndefined();
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThan(MAX_ATTEMPTS_WHEN_THROTTLED * PAGES);
		w.settle(paged('20/s window spent by another client', WAITED), { ...run, tried: spent() }, `other client sent ${spent()}; ${refused} of ours refused`, run.rows);
	});

	// Waiting out a real 15-minute window takes 15 minutes; the mock's second window is scaled down to 8 per 3 s.
	test('another client fills the second window (scaled to 8 per 3 s): the read waits for it', async () => {
		const w = await start({ rateLimit: [{ limit: 20, windowMs: 1_000 }, { limit: 8, windowMs: 3_000 }, { limit: 10_000, windowMs: 12 * 3_600_000 }] });
		const spent = await neighbourBeforePage(w, 2);
		const run = await w.run(readResponses());
		const refused = refusedReads(run.log);
		expect(run.outcome.error).toBeUndefined();
		expect(refused).toBeGreaterThanOrEqual(1);
		w.settle(paged('second window spent by another client', WAITED), { ...run, tried: spent() }, `other client sent ${spent()}; ${refused} of ours refused`, run.rows);
	});

	test('another client used up the 12-hour quota: the read fails at once and says until when, no partial data', async () => {
		const w = await start({ rateLimit: [{ limit: 20, windowMs: 1_000 }, { limit: 1_000, windowMs: 15 * 60_000 }, { limit: 6, windowMs: 12 * 3_600_000 }] });
		const spent = await neighbourBeforePage(w, 3);
		const run = await w.run(readResponses());
		const attempts = countOf(run.log, isPageRequest(3));
		expect(run.outcome.error).toMatch(/the service asks to wait until \d{4}-\d\d-\d\dT[\d:.]+Z before the next request, which is too long to wait inside a workflow/);
		expect(run.outcome.items).toEqual([]);
		expect(attempts).toBe(1);
		w.settle(paged('12-hour quota spent by another client', 'fail at once, say until when'), { ...run, tried: spent() }, `other client sent ${spent()}; ${attempts} attempt at page 3`, run.rows);
	});
});

describe('Forsta: server faults on page reads', () => {
	test('503, 502, 500 in turn on page 2: retried with backoff, every row once', async () => {
		const w = await start();
		for (const status of [503, 502, 500]) w.faults.add({ path: DATA_PATH, when: onPage(2), fault: serverError(status) });
		const run = await w.run(readResponses());
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toBeUndefined();
		expect(attempts).toBe(4);
		w.settle(paged('503, 502, 500 flap', RETRIED), run, `${attempts} attempts at page 2`, run.rows);
	});

	test('a 503 on every attempt: repeated through a 2 s retry budget, then a clear error and no partial data', async () => {
		const w = await start();
		w.faults.add({ path: DATA_PATH, when: onPage(2), times: Infinity, fault: serverError(503) });
		const run = await w.run(readResponses({ retryBudgetSeconds: 2 }));
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toContain('Forsta (HTTP 503): An error has occurred.');
		expect(run.outcome.items).toEqual([]);
		expect(attempts).toBeGreaterThan(2);
		w.settle(paged('503 on every attempt', 'give up after the retry budget, say so'), run, `${attempts} attempts at page 2`, run.rows);
	});

	test('the connection drops twice before page 3 is answered: retried, every row once', async () => {
		const w = await start();
		w.faults.add({ path: DATA_PATH, when: onPage(3), times: 2, fault: { kind: 'reset' } });
		const run = await w.run(readResponses());
		const attempts = countOf(run.log, isPageRequest(3));
		expect(run.outcome.error).toBeUndefined();
		expect(attempts).toBe(3);
		w.settle(paged('connection reset twice', RETRIED), run, `${attempts} attempts at page 3`, run.rows);
	});

	test('the connection drops half-way through the body of page 2: asked again, every row once', async () => {
		const w = await start();
		w.faults.add({ path: DATA_PATH, when: onPage(2), fault: { kind: 'resetMidBody' } });
		const run = await w.run(readResponses());
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toBeUndefined();
		expect(attempts).toBe(2);
		w.settle(paged('connection reset mid-body', RETRIED), run, `${attempts} attempts at page 2`, run.rows);
	});
});

describe('Forsta: bad answers to a page read fail clearly', () => {
	const cases: Array<[string, Fault, string]> = [
		['JSON cut off mid-body (200)', { kind: 'truncate' }, 'the response was not valid JSON'],
		[
			'HTML error page with 200',
			{ kind: 'replace', contentType: 'text/html', rawBody: '<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>Down for maintenance</body></html>' },
			'an HTML page ("Service Unavailable") instead of JSON',
		],
	];
	test.each(cases)('%s on page 2: a clear error, no partial data', async (trial, fault, message) => {
		const w = await start();
		w.faults.add({ path: DATA_PATH, when: onPage(2), fault });
		const run = await w.run(readResponses());
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toContain(message);
		expect(run.outcome.items).toEqual([]);
		expect(attempts).toBe(1);
		w.settle(paged(trial, CLEAR_ERROR), run, `${attempts} attempt at page 2`, run.rows);
	});
});

describe('Forsta: the NDJSON survey-data stream', () => {
	test('reset half-way through the body: a clear error, no partial data, not resumed', async () => {
		const w = await start();
		w.faults.add({ path: DATA_PATH, fault: { kind: 'resetMidBody' } });
		const run = await w.run(readResponses({ readMode: 'stream' }));
		const attempts = countOf(run.log, (entry) => DATA_PATH.test(entry.path));
		expect(run.outcome.error).toContain('the stream broke off before its end');
		expect(run.outcome.items).toEqual([]);
		expect(attempts).toBe(1);
		w.settle(streamed('connection reset mid-body', CLEAR_ERROR), run, `${attempts} stream request`, run.rows);
	});

	test('reset before the stream starts: asked again from the start, every row once', async () => {
		const w = await start();
		w.faults.add({ path: DATA_PATH, fault: { kind: 'reset' } });
		const run = await w.run(readResponses({ readMode: 'stream' }));
		const attempts = countOf(run.log, (entry) => DATA_PATH.test(entry.path));
		expect(run.outcome.error).toBeUndefined();
		expect(attempts).toBe(2);
		w.settle(streamed('connection reset before the body', RETRIED), run, `${attempts} stream requests`, run.rows);
	});
});

describe('Forsta: data that changes between pages', () => {
	/** Changes the survey's responses just before page 3 is answered. */
	function beforePage3(w: ForstaFaultWorld, change: (responses: IDataObject[], next: () => IDataObject) => void): void {
		const data = w.mock.state.data.get(SURVEY_ID)!;
		const next = () => responseRecord(data.nextResponseId++);
		w.faults.add({ path: DATA_PATH, when: onPage(3), fault: { kind: 'before', run: () => change(data.responses, next) } });
	}
	const changed = (run: { rows: { mayAppear?: readonly unknown[] } }) => run.rows.mayAppear?.length ?? 0;

	test('new responses arrive during the read: every earlier row once, no duplicates', async () => {
		const w = await start();
		beforePage3(w, (responses, next) => void responses.push(next(), next()));
		const run = await w.run(readResponses());
		expect(run.outcome.error).toBeUndefined();
		w.settle(paged('2 responses added at the end', 'every row once'), run, `${changed(run)} added before page 3`, run.rows);
	});

	test('a record inserted before the read position pushes a row onto the next page: it is emitted once', async () => {
		const w = await start();
		beforePage3(w, (responses, next) => void responses.unshift(next()));
		const run = await w.run(readResponses());
		expect(run.outcome.error).toBeUndefined();
		w.settle(paged('1 record inserted on page 1', 'every row once'), run, `${changed(run)} inserted before page 3; ${run.outcome.items.length} emitted`, run.rows);
	});

	test('records deleted during the read (totalCount shrinks): a clear error instead of silently skipped rows', async () => {
		const w = await start();
		beforePage3(w, (responses) => void responses.splice(0, 2));
		const run = await w.run(readResponses());
		expect(run.outcome.error).toContain(`the list shrank from ${RESPONSES} to ${RESPONSES - 2} items while it was read`);
		expect(run.outcome.items).toEqual([]);
		w.settle(paged('2 records deleted, totalCount shrinks', CLEAR_ERROR), run, `${changed(run)} deleted before page 3`, run.rows);
	});

	test('the next-page link points back to a page already read: a clear error instead of a loop', async () => {
		const w = await start();
		const backwards: Fault = {
			kind: 'alter',
			change: (real) => {
				const body = real.body as { links: Record<string, string> };
				return { ...real, body: { ...body, links: { self: body.links.self, next: body.links.prevpage } } };
			},
		};
		w.faults.add({ path: DATA_PATH, when: onPage(3), fault: backwards });
		const run = await w.run(readResponses());
		const requests = countOf(run.log, (entry) => DATA_PATH.test(entry.path));
		expect(run.outcome.error).toContain('the service pointed to a page that was already read');
		expect(run.outcome.items).toEqual([]);
		expect(requests).toBeLessThanOrEqual(PAGES + 1);
		w.settle(paged('next link repeats a page', 'clear error, no loop'), run, `${requests} page requests`, run.rows);
	});
});

describe('Forsta: tokens', () => {
	/** The token dies just before page 3; `tokenFault` hits the token request that follows (not the run's first ones). */
	async function readWithExpiry(w: ForstaFaultWorld, tokenFault?: Fault) {
		const expiry = w.faults.add({ path: DATA_PATH, when: onPage(3), fault: { kind: 'before', run: () => void w.mock.tokens.expireAll() } });
		if (tokenFault) w.faults.add({ path: TOKEN_PATH, when: () => expiry.injected > 0, fault: tokenFault });
		const run = await w.run(readResponses());
		return { run, tokenRequests: tokenRequestsAfterExpiry(run.log, isTokenRequest) };
	}
	const renewed = (trial: string) => paged(trial, 'renew token, every row once');

	test('the token expires before page 3: one new token, the page asked again, every row once', async () => {
		const w = await start();
		const { run, tokenRequests } = await readWithExpiry(w);
		expect(run.outcome.error).toBeUndefined();
		expect(tokenRequests).toBe(1);
		w.settle(renewed('token expires before page 3'), run, `${tokenRequests} token request after expiry`, run.rows);
	});

	test.each<[string, Fault]>([
		['token expires, then the token request gets a 503 once', serverError(503)],
		['token expires, then the token request is reset once', { kind: 'reset' }],
	])('%s: asked again, every row once', async (trial, tokenFault) => {
		const w = await start();
		const { run, tokenRequests } = await readWithExpiry(w, tokenFault);
		expect(run.outcome.error).toBeUndefined();
		expect(tokenRequests).toBe(2);
		w.settle(renewed(trial), run, `${tokenRequests} token requests after expiry`, run.rows);
	});
});

describe('Forsta: writes faulted after Forsta acted are never sent twice', () => {
	const respondentsOf = (w: ForstaFaultWorld) => w.mock.state.data.get(SURVEY_ID)!.respondents.length;
	const isRespondentPost = (entry: { method: string; path: string }) => entry.method === 'POST' && RESPONDENTS_PATH.test(entry.path);

	test('Update Data: PATCH answered 502 after the update: one PATCH, a clear error that says it was not repeated', async () => {
		const w = await start();
		w.faults.add({ method: 'PATCH', path: DATA_PATH, afterHandling: true, fault: serverError(502) });
		const ids = [3, 4, 5];
		const input: IDataObject[] = ids.map((responseid) => ({ responseid, q2: 'patched once' }));
		const run = await w.run({ resource: 'response', operation: 'updateData', survey, keyVariables: 'responseid', variables: '', batchSize: 10 }, input);
		const patches = countOf(run.log, (entry) => entry.method === 'PATCH');
		const applied = w.mock.state.data.get(SURVEY_ID)!.responses.filter((row) => ids.includes(Number(row.responseid)) && row.q2 === 'patched once').length;
		expect(run.outcome.error).toContain('Forsta (HTTP 502): An error has occurred.');
		expect(run.outcome.error).toContain(NOT_REPEATED);
		expect(patches).toBe(1);
		expect(applied).toBe(ids.length);
		w.settle({ subject: 'Response: Update Data', trial: '502 after the update', expected: 'send once, clear error' }, run, `${patches} PATCH, ${applied}/${ids.length} rows changed`);
	});

	test('Create Respondent: connection reset after the respondent was created: one POST, a clear error', async () => {
		const w = await start();
		const before = respondentsOf(w);
		w.faults.add({ method: 'POST', path: RESPONDENTS_PATH, afterHandling: true, fault: { kind: 'reset' } });
		const run = await w.run(createRespondent('faulted@example.com'));
		const posts = countOf(run.log, isRespondentPost);
		expect(run.outcome.error).toContain(NOT_REPEATED);
		expect(posts).toBe(1);
		expect(respondentsOf(w) - before).toBe(1);
		w.settle({ subject: 'Respondent: Create', trial: 'reset after the respondent was created', expected: 'send once, clear error' }, run, `${posts} POST, 1 respondent added`);
	});

	test('Import Definition: 503 after the survey was created: one POST, a clear error', async () => {
		const w = await start();
		const surveys = w.mock.state.surveys.length;
		w.faults.add({ method: 'POST', path: /^\/v1\/surveys$/, afterHandling: true, fault: serverError(503) });
		const run = await w.outcome([
			w.forsta({ resource: 'survey', operation: 'exportDefinition', survey, binaryPropertyName: 'data' }, { name: 'Export' }),
			w.forsta({ resource: 'survey', operation: 'importDefinition', binaryPropertyName: 'data' }, { name: 'Import' }),
		]);
		const posts = countOf(run.log, (entry) => entry.method === 'POST' && entry.path === '/v1/surveys');
		expect(run.outcome.error).toContain(NOT_REPEATED);
		expect(posts).toBe(1);
		expect(w.mock.state.surveys.length - surveys).toBe(1);
		w.settle({ subject: 'Survey: Import Definition', trial: '503 after the survey was created', expected: 'send once, clear error' }, run, `${posts} POST, 1 survey added`);
	});

	test('Create Respondent refused with 429 (not processed): sent again after the wait, created once', async () => {
		const w = await start();
		const before = respondentsOf(w);
		w.faults.add({ method: 'POST', path: RESPONDENTS_PATH, fault: tooManyRequests('seconds', 1, RATE_LIMITED) });
		const run = await w.run(createRespondent('throttled@example.com'));
		const posts = countOf(run.log, isRespondentPost);
		expect(run.outcome.error).toBeUndefined();
		expect(run.outcome.items).toEqual([expect.objectContaining({ respid: expect.any(Number) })]);
		expect(posts).toBe(2);
		expect(respondentsOf(w) - before).toBe(1);
		w.settle({ subject: 'Respondent: Create', trial: '429 on the POST', expected: 'wait, send again, create once' }, run, `${posts} POSTs (1 refused), 1 respondent added`);
	});
});
