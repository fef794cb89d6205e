import { MAX_ATTEMPTS_WHEN_THROTTLED } from '../../../../nodes/shared/retry/retryPolicy';
import type { Fault } from '../../../mocks/shared/faults';
import { connectN8n } from '../../../n8n/harness/client';
import { settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { failedWith200, fastCommentsFaultWorld, onCommentsAt, readAllComments } from '../../../reliability/faults/fastcommentsFaults';
import { worldPerFile } from '../../../reliability/faults/worldLifecycle';

const readCase = (trial: string, expected: string): FaultCase => ({ service: 'FastComments', subject: 'Comment: Get Many', trial, expected, runtime: 'real n8n' });
const gatewayError = (status: number): Fault => ({ kind: 'status', status, rawBody: `<html><head><title>${status}</title></head></html>`, headers: { 'content-type': 'text/html' } });
const laterPage = (skip: number) => skip > 0;

const world = worldPerFile(() => fastCommentsFaultWorld(connectN8n()), (opened) => opened.mock.state.reset());

/** Faults on page 2 that retries get past: the read must end with every comment once, within the attempt limit. */
async function expectRetriedRead(faults: Fault[], trial: string, limit: number): Promise<number[]> {
	for (const fault of faults) world().faults.add(onCommentsAt('skip', laterPage, { fault }));
	const { outcome, pages, tally, listed, leaked } = await readAllComments(world(), 'flexible');
	const page2 = pages.filter((entry) => entry.query.skip?.[0] === pages[1].query.skip?.[0]);
	expect(outcome.error).toBeUndefined();
	expect(tally.unexpected).toBe(0);
	expect(page2.length).toBeLessThanOrEqual(limit);
	settleFaultCase(readCase(trial, 'retry, all comments once'), {
		observed: `${page2.length} attempts, ${outcome.items.length}/${listed} comments`,
		tried: world().faults.injected.length,
		...tally,
		leaked,
	});
	return page2.map((entry) => entry.status);
}

describe('FastComments faults on reads in a real n8n', () => {
	test('status "failed" with HTTP 200 on page 2 fails the run quoting reason and code, with no partial list', async () => {
		world().faults.add(onCommentsAt('skip', laterPage, { fault: failedWith200('internal-error', 'An unexpected error occurred') }));
		const { outcome, tally, pages, leaked } = await readAllComments(world(), 'flexible');
		expect(outcome.error).toMatch(/FastComments \(HTTP 200\): An unexpected error occurred \(code internal-error\)/);
		expect(outcome.items).toEqual([]);
		expect(pages).toHaveLength(2);
		settleFaultCase(readCase('status "failed" + HTTP 200 on page 2', 'clear error, no partial list'), {
			observed: `error quoting reason and code after ${pages.length} pages; ${outcome.items.length} items emitted`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});

	test('a 429 without Retry-After (FastComments documents none) is retried after a backoff', async () => {
		const tooMany: Fault = { kind: 'status', status: 429, rawBody: 'Too Many Requests', headers: { 'content-type': 'text/plain' } };
		const statuses = await expectRetriedRead([tooMany], '429, no Retry-After, page 2', MAX_ATTEMPTS_WHEN_THROTTLED);
		expect(statuses).toEqual([429, 200]);
	});

	test('500, 502 and 503 in a row on page 2 are retried with backoff', async () => {
		const statuses = await expectRetriedRead([gatewayError(500), gatewayError(502), gatewayError(503)], '500, 502, 503 on page 2', 4);
		expect(statuses).toEqual([500, 502, 503, 200]);
	});

	test('a connection reset on page 2 is retried', async () => {
		expect(await expectRetriedRead([{ kind: 'reset' }], 'connection reset on page 2', 2)).toEqual([0, 200]);
	});

	test.each([
		['truncated JSON', { kind: 'truncate' }, /not valid JSON/],
		['an HTML page with status 200', { kind: 'replace', rawBody: '<html><head><title>Bad gateway</title></head></html>', contentType: 'text/html' }, /an HTML page \("Bad gateway"\) instead of JSON/],
	] as Array<[string, Fault, RegExp]>)('%s on page 2 fails the run with a clear error instead of a partial list', async (trial, fault, message) => {
		world().faults.add(onCommentsAt('skip', laterPage, { fault }));
		const { outcome, tally, pages, leaked } = await readAllComments(world(), 'flexible');
		expect(outcome.error).toMatch(message);
		expect(outcome.error).toContain('GET /api/v1/comments');
		expect(outcome.items).toEqual([]);
		settleFaultCase(readCase(`${trial} on page 2`, 'clear error, no partial list'), {
			observed: `error after ${pages.length} pages; ${outcome.items.length} items emitted`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});
});
