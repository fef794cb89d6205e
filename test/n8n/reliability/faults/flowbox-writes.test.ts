import type { Fault } from '../../../mocks/shared/faults';
import { connectN8n } from '../../../n8n/harness/client';
import { runCapturing, secretsIn, settleFaultCase } from '../../../reliability/faults/faultCase';
import { flowboxFaultWorld, REPORT_PATH, STATIC_FLOW } from '../../../reliability/faults/flowboxFaults';
import { writesReceivedTwice } from '../../../reliability/tally';
import { worldPerFile } from '../../../reliability/faults/worldLifecycle';

const world = worldPerFile(() => flowboxFaultWorld(connectN8n()), (opened) => opened.mock.reset());

describe('Flowbox writes under faults in a real n8n', () => {
	test.each([
		['a 502', { kind: 'status', status: 502, body: { status: 'error', message: 'Bad gateway' } }, /Flowbox \(HTTP 502\): Bad gateway\. It was not repeated/],
		['a dropped connection', { kind: 'reset' }, /Flowbox: could not complete the request \(ECONNRESET\)\. It was not repeated/],
	] as Array<[string, Fault, RegExp]>)('Report Post answered with %s after Flowbox stored the report: sent once, stored once, clear error', async (trial, fault, message) => {
		const postKey = world().mock.state.posts.get(STATIC_FLOW)![0].key;
		world().faults.add({ method: 'POST', path: REPORT_PATH, fault, afterHandling: true });
		const mark = world().mock.log.lastSeq;
		const outcome = await runCapturing(world().n8n, [
			world().node({ resource: 'post', operation: 'report', flowKey: { __rl: true, mode: 'id', value: STATIC_FLOW }, postKey, message: 'Not our product', email: 'mod@example.com' }),
		]);
		const log = world().mock.log.since(mark);
		const posts = log.filter((entry) => entry.method === 'POST' && REPORT_PATH.test(entry.path));
		const stored = world().mock.state.reports.filter((report) => report.postKey === postKey).length;
		expect(outcome.error).toMatch(message);
		expect(posts).toHaveLength(1);
		expect(stored).toBe(1);
		settleFaultCase(
			{ service: 'Flowbox', subject: 'Post: Report', trial: `${trial} after Flowbox acted`, expected: 'send once, clear error', runtime: 'real n8n' },
			{
				observed: `${posts.length} POST, ${stored} report stored, error says not repeated`,
				tried: world().faults.injected.length,
				doubleSent: writesReceivedTwice(log),
				leaked: secretsIn(outcome.texts, [world().mock.apiKey]),
			},
		);
	});
});
