import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { FastCommentsPollTrigger } from '../../../nodes/FastComments/FastCommentsPollTrigger.node';
import { eventOfCall } from '../../../nodes/FastComments/trigger/commentEvents';
import { isAuthenticCall } from '../../../nodes/FastComments/trigger/verifySignature';
import { signFastCommentsWebhook, startFastCommentsMock, type FastCommentsMock } from '../../mocks/fastcomments';
import { fastCommentsContext } from './fastCommentsContext';

const SECRET = 'fc_secret_for_signature_tests';
const NOW = Date.parse('2025-01-06T09:00:00.000Z');
const body = Buffer.from('{"id":"c1","comment":"Hi"}');

function call(overrides: Partial<Parameters<typeof isAuthenticCall>[0]> = {}) {
	const timestamp = String(Math.floor(NOW / 1000));
	return { secret: SECRET, timestamp, signature: signFastCommentsWebhook(body.toString(), SECRET, timestamp), rawBody: body, now: NOW, ...overrides };
}

describe('X-FastComments-Signature', () => {
	test('a correctly signed, fresh call is authentic', () => expect(isAuthenticCall(call())).toBe(true));
	test('a millisecond timestamp (newer FastComments webhooks) is read as such', () => {
		const timestamp = String(NOW - 1000);
		expect(isAuthenticCall(call({ timestamp, signature: signFastCommentsWebhook(body.toString(), SECRET, timestamp) }))).toBe(true);
	});
	test.each([
		['forged (another secret)', { signature: signFastCommentsWebhook(body.toString(), 'not-the-secret', String(Math.floor(NOW / 1000))) }],
		['unsigned', { signature: undefined }],
		['without timestamp', { timestamp: undefined }],
		['stale (6 minutes old)', { now: NOW + 6 * 60_000 }],
		['from the future (6 minutes ahead)', { now: NOW - 6 * 60_000 }],
		['a changed body', { rawBody: Buffer.from('{"id":"c1","comment":"Bye"}') }],
		['a signature without the sha256= scheme', { signature: signFastCommentsWebhook(body.toString(), SECRET, String(Math.floor(NOW / 1000))).slice(7) }],
		['no API secret configured', { secret: '' }],
	])('%s is refused', (_case, overrides) => expect(isAuthenticCall(call(overrides))).toBe(false));
	test('4 minutes 59 seconds old is still fresh', () => expect(isAuthenticCall(call({ now: NOW + 299_000 }))).toBe(true));
});

describe('which event a call reports', () => {
	test('the subscription URL names it', () => expect(eventOfCall({ event: 'comment-updated' }, undefined, 'PUT')).toBe('comment-updated'));
	test('a DELETE without a name is a deletion', () => expect(eventOfCall({}, undefined, 'DELETE')).toBe('comment-deleted'));
	test('unknown names are ignored', () => expect(eventOfCall({ event: 'vote-created' }, undefined, 'PUT')).toBeUndefined());
});

describe('FastComments Poll Trigger', () => {
	let mock: FastCommentsMock;
	beforeAll(async () => {
		mock = await startFastCommentsMock({ seed: { comments: 5 } });
	});
	afterAll(async () => await mock.close());

	function pollContext(staticData: IDataObject, mode: 'manual' | 'trigger'): IPollFunctions {
		const { ctx } = fastCommentsContext(mock, { parameters: { urlId: '' } });
		return Object.assign(ctx, { getMode: () => mode, getWorkflowStaticData: () => staticData }) as unknown as IPollFunctions;
	}

	const poll = (staticData: IDataObject, mode: 'manual' | 'trigger' = 'trigger') => new FastCommentsPollTrigger().poll.call(pollContext(staticData, mode));

	test('manual mode returns one sample, the newest comment', async () => {
		const result = await poll({}, 'manual');
		expect(result?.[0]).toHaveLength(1);
		expect(result?.[0][0].json.comment).toBe('Comment number 5');
	});

	test('emits each new comment once, oldest first, including ones in the same millisecond', async () => {
		const data: IDataObject = {};
		expect(await poll(data)).toBeNull();
		expect(await poll(data)).toBeNull();
		const since = (data.cursor as { since: number }).since;
		const add = (id: string, date: number) => mock.state.list('comments').push({ id, date, comment: id, approved: true, urlId: 'article-1', parentId: null });
		add('new-b', since + 5);
		add('new-a', since + 1);
		expect((await poll(data))?.[0].map((item) => item.json.id)).toEqual(['new-a', 'new-b']);
		expect(await poll(data)).toBeNull();
		add('new-c', since + 5);
		expect((await poll(data))?.[0].map((item) => item.json.id)).toEqual(['new-c']);
		expect(await poll(data)).toBeNull();
	});
});
