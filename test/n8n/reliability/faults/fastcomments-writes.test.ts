import type { Fault } from '../../../mocks/shared/faults';
import { connectN8n } from '../../../n8n/harness/client';
import { runCapturing, secretsIn, settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { COMMENTS_PATH, failedWith200, fastCommentsFaultWorld, newComment } from '../../../reliability/faults/fastcommentsFaults';
import { writesReceivedTwice } from '../../../reliability/tally';
import { worldPerFile } from '../../../reliability/faults/worldLifecycle';

const writeCase = (trial: string, expected: string): FaultCase => ({ service: 'FastComments', subject: 'Comment: Create', trial, expected, runtime: 'real n8n' });
const badGateway: Fault = { kind: 'status', status: 502, rawBody: '<html><head><title>502 Bad Gateway</title></head></html>', headers: { 'content-type': 'text/html' } };

const world = worldPerFile(() => fastCommentsFaultWorld(connectN8n()), (opened) => opened.mock.state.reset());

/** Creates one comment through the node; reports the POSTs FastComments received and the comments it now holds with that text. */
async function createComment(text: string) {
	const mark = world().mock.server.log.lastSeq;
	const outcome = await runCapturing(world().n8n, [world().node({ resource: 'comment', operation: 'create', body: JSON.stringify(newComment(text)), options: {} })]);
	const log = world().mock.server.log.since(mark);
	return {
		outcome,
		posts: log.filter((entry) => entry.method === 'POST' && COMMENTS_PATH.test(entry.path)),
		stored: world().mock.state.list('comments').filter((comment) => comment.comment === text).length,
		doubleSent: writesReceivedTwice(log),
		leaked: secretsIn(outcome.texts, [world().mock.apiKey, world().mock.apiSecret]),
	};
}

describe('FastComments writes under faults in a real n8n', () => {
	test.each([
		['a 502', badGateway, /FastComments \(HTTP 502\).*It was not repeated, because the service may already have acted on it/],
		['a dropped connection', { kind: 'reset' }, /FastComments: could not complete the request \(ECONNRESET\)\. It was not repeated/],
	] as Array<[string, Fault, RegExp]>)('Create answered with %s after FastComments saved the comment: sent once, saved once, clear error', async (trial, fault, message) => {
		world().faults.add({ method: 'POST', path: COMMENTS_PATH, fault, afterHandling: true });
		const { outcome, posts, stored, doubleSent, leaked } = await createComment(`Saved once despite ${trial}`);
		expect(outcome.error).toMatch(message);
		expect(posts).toHaveLength(1);
		expect(stored).toBe(1);
		settleFaultCase(writeCase(`${trial} after FastComments acted`, 'send once, clear error'), {
			observed: `${posts.length} POST, ${stored} comment saved, error says not repeated`,
			tried: world().faults.injected.length,
			doubleSent,
			leaked,
		});
	});

	test('Create refused with status "failed" and HTTP 200: not resent, nothing saved, the error quotes reason and code', async () => {
		world().faults.add({ method: 'POST', path: COMMENTS_PATH, fault: failedWith200('internal-error', 'An unexpected error occurred') });
		const { outcome, posts, stored, doubleSent, leaked } = await createComment('Refused by FastComments');
		expect(outcome.error).toMatch(/FastComments \(HTTP 200\): An unexpected error occurred \(code internal-error\)/);
		expect(posts).toHaveLength(1);
		expect(stored).toBe(0);
		settleFaultCase(writeCase('status "failed" + HTTP 200', 'send once, clear error'), {
			observed: `${posts.length} POST, ${stored} saved, error quotes reason and code`,
			tried: world().faults.injected.length,
			doubleSent,
			leaked,
		});
	});
});
