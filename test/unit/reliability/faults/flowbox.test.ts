import { Flowbox } from '../../../../nodes/Flowbox/Flowbox.node';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import { FLOW_KEYS, startFlowboxMock, type FlowboxMock } from '../../../mocks/flowbox';
import type { FaultLayer } from '../../../mocks/shared/faults';
import { emittedAgainst, executeCapturing, faultLayerOn, releaseHangs, secretsIn, settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { writesReceivedTwice } from '../../../reliability/tally';
import { flowboxContext, flowRef } from '../../flowbox/flowboxContext';

/** Every request's timeout is capped at this, so "a response that hangs past the timeout" takes a moment. */
const TIMEOUT_CAP_MS = 300;
const HANG: { kind: 'hang'; ms: number } = { kind: 'hang', ms: 60_000 };
const FLOW = FLOW_KEYS.static;

let mock: FlowboxMock;
let faults: FaultLayer;
beforeAll(async () => {
	mock = await startFlowboxMock();
	faults = faultLayerOn(mock);
});
afterEach(() => {
	faults.clear();
	resetThrottles();
	mock.reset();
});
afterAll(async () => await mock.close());

const hangCase = (subject: string, expected: string): FaultCase => ({ service: 'Flowbox', subject, trial: `no answer within the ${TIMEOUT_CAP_MS} ms timeout`, expected, runtime: 'in-process' });

/** The Flowbox node's execute() with these parameters, its requests capped at TIMEOUT_CAP_MS. */
async function runFlowbox(parameters: Record<string, unknown>) {
	const mark = mock.log.lastSeq;
	const { ctx } = flowboxContext(mock, { parameters, timeoutCapMs: TIMEOUT_CAP_MS });
	const outcome = await executeCapturing(new Flowbox().execute.call(ctx));
	const tried = await releaseHangs(faults, mock.log, mark);
	return { outcome, tried, log: mock.log.since(mark), leaked: secretsIn(outcome.texts, [mock.apiKey]) };
}

describe('Flowbox requests that hang past the timeout (in-process)', () => {
	test('a feed page that hangs is asked again after the timeout; every post arrives once', async () => {
		faults.add({ method: 'GET', path: /\/public\/feed\//, when: (req) => req.query.cursor !== undefined, fault: HANG });
		const { outcome, tried, log, leaked } = await runFlowbox({ resource: 'feed', operation: 'getPosts', flowKey: flowRef(FLOW), returnAll: true, options: {} });
		const keys = mock.state.posts.get(FLOW)!.map((post) => post.key);
		const firstCursor = log.find((entry) => entry.query.cursor)?.query.cursor?.[0];
		const page2 = log.filter((entry) => entry.query.cursor?.[0] === firstCursor);
		const tally = emittedAgainst(outcome, keys, [], (post) => post.key);
		expect(outcome.error).toBeUndefined();
		// The hung request is logged when it ends, after the retry that got past it.
		expect(page2.map((entry) => entry.status).sort()).toEqual([0, 200]);
		expect(page2).toHaveLength(2);
		settleFaultCase(hangCase('Feed: Get Posts', 'retry, all posts once'), {
			observed: `${page2.length} attempts, ${outcome.items.length}/${keys.length} posts`,
			tried,
			...tally,
			leaked,
		});
	});

	test('Report Post that hangs after Flowbox stored the report fails once with a clear error and is not sent again', async () => {
		const postKey = mock.state.posts.get(FLOW)![0].key;
		faults.add({ method: 'POST', path: /\/report-post\//, fault: HANG, afterHandling: true });
		const { outcome, tried, log, leaked } = await runFlowbox({ resource: 'post', operation: 'report', flowKey: flowRef(FLOW), postKey, message: 'Hung', email: 'mod@example.com' });
		const posts = log.filter((entry) => entry.method === 'POST');
		const stored = mock.state.reports.filter((report) => report.postKey === postKey).length;
		expect(outcome.error).toMatch(/Flowbox: could not complete the request \((ECONNABORTED|ETIMEDOUT)\)\. It was not repeated/);
		expect(posts).toHaveLength(1);
		expect(stored).toBe(1);
		settleFaultCase(hangCase('Post: Report', 'send once, clear error'), {
			observed: `${posts.length} POST, ${stored} report stored, error says not repeated`,
			tried,
			doubleSent: writesReceivedTwice(log),
			leaked,
		});
	});
});
