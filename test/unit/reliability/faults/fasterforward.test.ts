import type { Fault } from '../../../mocks/shared';
import { countOf, plural, type CaseWords } from '../../../reliability/faults/forstaFasterForwardCase';
import { DOCUMENTS_PATH, isPageRequest, isRefresh, isTokenRequest, onPage, readRecords, RECORD_ROWS, RECORDS_PATH, TOKEN_PATH, uploadDocument } from '../../../reliability/faults/fasterForwardFaults';
import { fasterForwardInProcess, type FasterForwardInProcess } from '../../../reliability/faults/fasterForwardInProcess';

/**
 * Answers that never come, for the Faster Forward node's real execute() in-process: every request's timeout is
 * capped at 300 ms (the node's own is 300 s, for large uploads), and a hanging answer is held for a minute.
 */
const TIMEOUT_CAP_MS = 300;
/** A short retry budget (the node's option), so a request that never gets an answer fails within seconds. */
const RETRY_BUDGET_SECONDS = 2;
const HANG: Fault = { kind: 'hang', ms: 60_000 };
const TIMED_OUT = /could not complete the request \((ECONNABORTED|ETIMEDOUT)\)/;
const read = (trial: string, expected: string): CaseWords => ({ subject: 'API Request: GET, paged', trial, expected });

let setup: FasterForwardInProcess;
beforeEach(async () => {
	setup = await fasterForwardInProcess(TIMEOUT_CAP_MS);
});
afterEach(async () => await setup.close());

describe('Faster Forward in-process: reads that hang are asked again', () => {
	test('page 2 hangs once: timed out, asked again, every row once', async () => {
		setup.faults.add({ path: RECORDS_PATH, when: onPage(2), fault: HANG });
		const run = await setup.run(readRecords());
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toBeUndefined();
		expect(attempts).toBe(2);
		setup.settle(read('page hangs past the timeout once', 'retry, every row once'), run, `${attempts} attempts at page 2`, RECORD_ROWS);
	});

	test('page 2 hangs on every attempt: repeated through a 2 s retry budget, then a clear timeout error and no partial data', async () => {
		setup.faults.add({ path: RECORDS_PATH, when: onPage(2), times: Infinity, fault: HANG });
		const run = await setup.run(readRecords({ retryBudgetSeconds: RETRY_BUDGET_SECONDS }));
		const attempts = countOf(run.log, isPageRequest(2));
		expect(run.outcome.error).toMatch(TIMED_OUT);
		expect(run.outcome.items).toEqual([]);
		expect(attempts).toBeGreaterThan(2);
		setup.settle(read('page hangs on every attempt', 'give up after the retry budget, say so'), run, `${attempts} attempts at page 2`, RECORD_ROWS);
	});

	test('the refresh request hangs once after the token expired: renewed all the same, every row once', async () => {
		setup.faults.add({ path: RECORDS_PATH, when: onPage(3), fault: { kind: 'before', run: () => setup.mock.tokens.expireAccessTokens() } });
		setup.faults.add({ path: TOKEN_PATH, when: isRefresh, fault: HANG });
		const run = await setup.run(readRecords());
		const tokenRequests = countOf(run.log, isTokenRequest);
		const { client_credentials: grants, refresh_token: refreshes } = setup.mock.tokens.issued;
		expect(run.outcome.error).toBeUndefined();
		// The first grant, the refresh that hung, and one that worked (a new grant, or the refresh sent again).
		expect(tokenRequests).toBeLessThanOrEqual(3);
		expect(grants + refreshes).toBe(2);
		setup.settle(read('refresh request hangs once after expiry', 'renew token, every row once'), run, `${plural(tokenRequests, 'token request')}`, RECORD_ROWS);
	});
});

describe('Faster Forward in-process: an upload that hangs is sent once', () => {
	test('the answer hangs after the document was stored: one POST, a clear error that says it was not repeated', async () => {
		setup.faults.add({ method: 'POST', path: DOCUMENTS_PATH, afterHandling: true, fault: HANG });
		const document = { data: Buffer.from('hanging upload'), fileName: 'hang.pdf', mimeType: 'application/pdf' };
		const run = await setup.run(uploadDocument, { binaries: [{ data: document }] });
		const posts = countOf(run.log, (entry) => DOCUMENTS_PATH.test(entry.path));
		expect(run.outcome.error).toMatch(TIMED_OUT);
		expect(run.outcome.error).toContain('It was not repeated, because the service may already have acted on it.');
		expect(posts).toBe(1);
		expect(setup.mock.uploads).toHaveLength(1);
		setup.settle({ subject: 'Document: Upload (POST)', trial: 'answer hangs after the upload was stored', expected: 'send once, clear error' }, run, `${posts} POST, 1 stored`);
	});
});
