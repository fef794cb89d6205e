import type { Fault } from '../../../mocks/shared/faults';
import { connectN8n } from '../../../n8n/harness/client';
import { settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { flowboxFaultWorld, onCursorPage, readAllPosts, type FlowboxRead } from '../../../reliability/faults/flowboxFaults';
import { worldPerFile } from '../../../reliability/faults/worldLifecycle';

const SUBJECTS: Record<FlowboxRead, string> = { feed: 'Feed: Get Posts', posts: 'Post: Get Many' };
const readCase = (read: FlowboxRead, trial: string, expected: string): FaultCase => ({ service: 'Flowbox', subject: SUBJECTS[read], trial, expected, runtime: 'real n8n' });

/** The External API's documented envelope for a failure: `{ status: "error", … }`. */
const flowboxError = (status: number, message: string): Fault => ({ kind: 'status', status, body: { status: 'error', message } });
const gatewayError = (status: number): Fault => ({ kind: 'status', status, rawBody: `<html><head><title>${status}</title></head></html>`, headers: { 'content-type': 'text/html' } });

const world = worldPerFile(() => flowboxFaultWorld(connectN8n()), (opened) => opened.mock.reset());

describe('Flowbox faults on reads in a real n8n', () => {
	test.each([
		['feed', '500, 502, 503 on page 2', [gatewayError(500), gatewayError(502), gatewayError(503)]],
		['feed', 'connection reset on page 2', [{ kind: 'reset' }]],
		['posts', '500, 503 {status:"error"} on page 2', [flowboxError(500, 'Internal server error'), flowboxError(503, 'Service unavailable')]],
	] as Array<[FlowboxRead, string, Fault[]]>)('%s: %s is retried; every post arrives once', async (read, trial, faults) => {
		for (const fault of faults) world().faults.add(onCursorPage(read, 1, { fault }));
		const { outcome, pages, tally, listed, leaked } = await readAllPosts(world(), read);
		const page2 = pages.filter((entry) => entry.query.cursor?.[0] === pages[1].query.cursor?.[0]);
		expect(outcome.error).toBeUndefined();
		expect(tally.unexpected).toBe(0);
		expect(page2.map((entry) => entry.status)).toEqual([...faults.map((fault) => (fault.kind === 'status' ? fault.status : 0)), 200]);
		expect(page2).toHaveLength(faults.length + 1);
		settleFaultCase(readCase(read, trial, 'retry, all posts once'), {
			observed: `${page2.length} attempts, ${outcome.items.length}/${listed} posts`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});

	test.each([
		['feed', 'cut-off JSON', { kind: 'truncate' }, /not valid JSON/],
		['feed', 'malformed JSON', { kind: 'replace', rawBody: '{"posts": [{"key": "a",}]}', contentType: 'application/json' }, /not valid JSON/],
		['posts', '{status:"error"} with HTTP 200', flowboxError(200, 'Flow is being reindexed'), /Flowbox \(HTTP 200\): the response said status "error": Flow is being reindexed/],
	] as Array<[FlowboxRead, string, Fault, RegExp]>)('%s: %s on page 2 fails the run with a clear error instead of a partial list', async (read, trial, fault, message) => {
		world().faults.add(onCursorPage(read, 1, { fault }));
		const { outcome, tally, pages, leaked } = await readAllPosts(world(), read);
		expect(outcome.error).toMatch(message);
		expect(outcome.items).toEqual([]);
		expect(pages).toHaveLength(2);
		settleFaultCase(readCase(read, `${trial} on page 2`, 'clear error, no partial list'), {
			observed: `error after ${pages.length} pages; ${outcome.items.length} items emitted`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});
});
