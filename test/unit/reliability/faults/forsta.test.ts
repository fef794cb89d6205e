import type { IDataObject } from 'n8n-workflow';
import type { Fault } from '../../../mocks/shared';
import { countOf, type CaseWords } from '../../../reliability/faults/forstaFasterForwardCase';
import { DATA_PATH, isPageRequest, isTokenRequest, onPage, readResponses, RESPONDENTS_PATH, survey, SURVEY_ID, TOKEN_PATH } from '../../../reliability/faults/forstaFaults';
import { forstaInProcess, type ForstaInProcess } from '../../../reliability/faults/forstaInProcess';

/**
 * Answers that never come, for the Forsta node's real execute() in-process: every request's timeout is capped at
 * 300 ms (the node's own is 120 s), and a hanging answer is held for a minute, far past it.
 */
const TIMEOUT_CAP_MS = 300;
/** A short retry budget (the node's option), so a request that never gets an answer fails within seconds. */
const RETRY_BUDGET_SECONDS = 2;
const HANG: Fault = { kind: 'hang', ms: 60_000 };
const TIMED_OUT = /could not complete the request \((ECONNABORTED|ETIMEDOUT)\)/;
const NOT_REPEATED = 'It was not repeated, because the service may already have acted on it.';
const paged = (trial: string, expected: string): CaseWords => ({ subject: 'Response: Get Data (pages)', trial, expected });

let setup: ForstaInProcess;
beforeEach(async () => {
	setup = await forstaInProcess(TIMEOUT_CAP_MS);
});
afterEach(async () => await setup.close());

describe('Forsta in-process: reads that hang are asked again', () => {
	test('page 2 hangs once: timed out, asked again, every row once', async () => {
		setup.faults.add({ path: DATA_PATH, when: onPage(2), fault: HANG });
		const run = await setup.run(readResponses());
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toBeUndefined();
		expect(attempts).toBe(2);
		setup.settle(paged('page hangs past the timeout once', 'retry, every row once'), run, `${attempts} attempts at page 2`, run.rows);
	});

	test('page 2 hangs on every attempt: repeated through a 2 s retry budget, then a clear timeout error and no partial data', async () => {
		setup.faults.add({ path: DATA_PATH, when: onPage(2), times: Infinity, fault: HANG });
		const run = await setup.run(readResponses({ retryBudgetSeconds: RETRY_BUDGET_SECONDS }));
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toMatch(TIMED_OUT);
		expect(run.outcome.items).toEqual([]);
		expect(attempts).toBeGreaterThan(2);
		setup.settle(paged('page hangs on every attempt', 'give up after the retry budget, say so'), run, `${attempts} attempts at page 2`, run.rows);
	});

	test('the NDJSON stream hangs before it starts: asked again from the start, every row once', async () => {
		setup.faults.add({ path: DATA_PATH, fault: HANG });
		const run = await setup.run(readResponses({ readMode: 'stream' }));
		const attempts = countOf(run.log, (entry) => DATA_PATH.test(entry.path));
		expect(run.outcome.error).toBeUndefined();
		expect(attempts).toBe(2);
		setup.settle({ subject: 'Response: Get Data (stream)', trial: 'stream hangs past the timeout once', expected: 'retry, every row once' }, run, `${attempts} stream requests`, run.rows);
	});

	test('the token request hangs once after the token expired: asked again, every row once', async () => {
		const expiry = setup.faults.add({ path: DATA_PATH, when: onPage(3), fault: { kind: 'before', run: () => void setup.mock.tokens.expireAll() } });
		setup.faults.add({ path: TOKEN_PATH, when: () => expiry.injected > 0, fault: HANG });
		const run = await setup.run(readResponses());
		const tokenRequests = countOf(run.log, isTokenRequest);
		expect(run.outcome.error).toBeUndefined();
		// The first token, the one that hung, and the one that worked.
		expect(tokenRequests).toBe(3);
		setup.settle(paged('token request hangs once after expiry', 'renew token, every row once'), run, `${tokenRequests} token requests`, run.rows);
	});
});

describe('Forsta in-process: writes that hang are sent once', () => {
	test('Create Respondent hangs after the respondent was created: one POST, a clear error that says it was not repeated', async () => {
		const respondents = () => setup.mock.state.data.get(SURVEY_ID)!.respondents.length;
		const before = respondents();
		setup.faults.add({ method: 'POST', path: RESPONDENTS_PATH, afterHandling: true, fault: HANG });
		const run = await setup.run({ resource: 'respondent', operation: 'create', survey, respondent: '{"email": "hang@example.com"}', includeSurveyLink: false });
		const posts = countOf(run.log, (entry) => entry.method === 'POST' && RESPONDENTS_PATH.test(entry.path));
		expect(run.outcome.error).toMatch(TIMED_OUT);
		expect(run.outcome.error).toContain(NOT_REPEATED);
		expect(posts).toBe(1);
		expect(respondents() - before).toBe(1);
		setup.settle({ subject: 'Respondent: Create', trial: 'answer hangs after the respondent was created', expected: 'send once, clear error' }, run, `${posts} POST, 1 respondent added`);
	});

	test('Update Data hangs after the update: one PATCH, a clear error that says it was not repeated', async () => {
		setup.faults.add({ method: 'PATCH', path: DATA_PATH, afterHandling: true, fault: HANG });
		const items: IDataObject[] = [7, 8].map((responseid) => ({ responseid, q2: 'changed' }));
		const run = await setup.run({ resource: 'response', operation: 'updateData', survey, keyVariables: 'responseid', variables: '', batchSize: 10 }, items);
		const patches = countOf(run.log, (entry) => entry.method === 'PATCH');
		expect(run.outcome.error).toMatch(TIMED_OUT);
		expect(run.outcome.error).toContain(NOT_REPEATED);
		expect(patches).toBe(1);
		setup.settle({ subject: 'Response: Update Data', trial: 'answer hangs after the update', expected: 'send once, clear error' }, run, `${patches} PATCH`);
	});
});
