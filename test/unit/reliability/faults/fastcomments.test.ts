import { FastComments } from '../../../../nodes/FastComments/FastComments.node';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import { startFastCommentsMock, type FastCommentsMock } from '../../../mocks/fastcomments';
import { addFaultLayer, type FaultLayer } from '../../../mocks/shared/faults';
import { emittedAgainst, executeCapturing, releaseHangs, secretsIn, settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { COMMENTS_PATH, newComment } from '../../../reliability/faults/fastcommentsFaults';
import { writesReceivedTwice } from '../../../reliability/tally';
import { fastCommentsContext } from '../../fastcomments/fastCommentsContext';

/** Every request's timeout is capped at this, so "a response that hangs past the timeout" takes a moment. */
const TIMEOUT_CAP_MS = 300;
const HANG: { kind: 'hang'; ms: number } = { kind: 'hang', ms: 60_000 };

let mock: FastCommentsMock;
let faults: FaultLayer;
beforeAll(async () => {
	mock = await startFastCommentsMock();
	faults = addFaultLayer(mock.server);
});
afterEach(() => {
	faults.clear();
	resetThrottles();
	mock.state.reset();
});
afterAll(async () => await mock.close());

const hangCase = (subject: string, expected: string): FaultCase => ({ service: 'FastComments', subject, trial: `no answer within the ${TIMEOUT_CAP_MS} ms timeout`, expected, runtime: 'in-process' });

/** The FastComments node's execute() with these parameters, its requests capped at TIMEOUT_CAP_MS. */
async function runFastComments(parameters: Record<string, unknown>) {
	const mark = mock.server.log.lastSeq;
	const { ctx } = fastCommentsContext(mock, { parameters, timeoutCapMs: TIMEOUT_CAP_MS });
	const outcome = await executeCapturing(new FastComments().execute.call(ctx));
	const tried = await releaseHangs(faults, mock.server.log, mark);
	const log = mock.server.log.since(mark);
	return { outcome, tried, log, leaked: secretsIn(outcome.texts, [mock.apiKey, mock.apiSecret]) };
}

describe('FastComments requests that hang past the timeout (in-process)', () => {
	test('a page of Comment Get Many that hangs is asked again after the timeout; every comment arrives once', async () => {
		faults.add({ method: 'GET', path: COMMENTS_PATH, when: (req) => Number(req.query.skip?.[0] ?? 0) > 0, fault: HANG });
		const { outcome, tried, log, leaked } = await runFastComments({ resource: 'comment', operation: 'getAll', pagination: 'flexible', returnAll: true, options: {} });
		const ids = mock.state.list('comments').map((comment) => comment.id);
		const page2 = log.filter((entry) => entry.query.skip?.[0] === log.find((first) => Number(first.query.skip?.[0]) > 0)?.query.skip?.[0]);
		const tally = emittedAgainst(outcome, ids);
		expect(outcome.error).toBeUndefined();
		// The hung request is logged when it ends, after the retry that got past it.
		expect(page2.map((entry) => entry.status).sort()).toEqual([0, 200]);
		expect(page2).toHaveLength(2);
		settleFaultCase(hangCase('Comment: Get Many', 'retry, all comments once'), {
			observed: `${page2.length} attempts, ${outcome.items.length}/${ids.length} comments`,
			tried,
			...tally,
			leaked,
		});
	});

	test('Comment Create that hangs after FastComments saved the comment fails once with a clear error and is not sent again', async () => {
		faults.add({ method: 'POST', path: COMMENTS_PATH, fault: HANG, afterHandling: true });
		const { outcome, tried, log, leaked } = await runFastComments({ resource: 'comment', operation: 'create', body: JSON.stringify(newComment('Hung once')), options: {} });
		const posts = log.filter((entry) => entry.method === 'POST');
		const stored = mock.state.list('comments').filter((comment) => comment.comment === 'Hung once').length;
		expect(outcome.error).toMatch(/FastComments: could not complete the request \((ECONNABORTED|ETIMEDOUT)\)\. It was not repeated/);
		expect(posts).toHaveLength(1);
		expect(stored).toBe(1);
		settleFaultCase(hangCase('Comment: Create', 'send once, clear error'), {
			observed: `${posts.length} POST, ${stored} comment saved, error says not repeated`,
			tried,
			doubleSent: writesReceivedTwice(log),
			leaked,
		});
	});
});
