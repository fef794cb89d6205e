import { startFastCommentsMock, type FastCommentsMock } from '../../mocks/fastcomments';
import { runNode } from './runNode';

let mock: FastCommentsMock;
beforeAll(async () => {
	mock = await startFastCommentsMock();
});
afterEach(() => {
	mock.state.reset();
	mock.server.log.clear();
});
afterAll(async () => await mock.close());

const newComment = { commenterName: 'Ada', comment: 'Hello', url: 'https://blog.example.com/article-1', urlId: 'article-1', locale: 'en_us' };

describe('FastComments errors', () => {
	test('a {status: "failed"} body with HTTP 200 is an error that quotes reason and code, without the API key', async () => {
		const wrongKey = await startFastCommentsMock({ apiKey: 'another-key-entirely-123' });
		try {
			const { FastComments } = await import('../../../nodes/FastComments/FastComments.node');
			const { fastCommentsContext } = await import('./fastCommentsContext');
			const { ctx } = fastCommentsContext({ ...wrongKey, apiKey: mock.apiKey }, { parameters: { resource: 'page', operation: 'getAll', returnAll: true } });
			const failure = await new FastComments().execute.call(ctx).catch((error: Error) => error);
			expect(failure).toBeInstanceOf(Error);
			const { message, description } = failure as Error & { description?: string };
			expect(message).toBe('FastComments (HTTP 200): Invalid API key (code invalid-api-key)');
			expect(`${message} ${description}`).not.toContain(mock.apiKey);
		} finally {
			await wrongKey.close();
		}
	});

	test('a 404 with the failed shape names the status, reason and code', async () => {
		const failure = await runNode(mock, { resource: 'comment', operation: 'get', id: { __rl: true, mode: 'id', value: 'nope' } }).catch((error: Error) => error);
		expect((failure as Error).message).toBe('FastComments (HTTP 404): No comment nope (code not-found)');
	});

	test('with Continue On Fail each item gets its own result or error, paired with it', async () => {
		const parameters = (itemIndex: number) => ({
			resource: 'comment',
			operation: 'get',
			id: { __rl: true, mode: 'id', value: itemIndex === 1 ? 'missing' : mock.state.list('comments')[itemIndex].id },
		});
		const run = await runNode(mock, parameters, { items: [{}, {}, {}], continueOnFail: true });
		expect(run.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(run.json[0].comment).toBeDefined();
		expect(run.json[1].error).toContain('code not-found');
		expect(run.json[2].comment).toBeDefined();
	});
});

describe('bad input is refused before any request, naming the field', () => {
	test.each([
		['not JSON', '{"commenterName": ', 'The field "Comment (JSON)" is not valid JSON'],
		['missing required fields', JSON.stringify({ comment: 'x' }), 'The field "Comment (JSON)" is not valid: commenterName: Required'],
		['a wrong type deep inside', JSON.stringify({ ...newComment, mentions: [{ id: 1 }] }), 'mentions[0].id: Expected string, received number'],
	])('Comment body: %s', async (_case, body, expected) => {
		const failure = await runNode(mock, { resource: 'comment', operation: 'create', body, options: {} }).catch((error: Error) => error);
		expect((failure as Error).message).toContain(expected);
		expect(mock.server.log.entries).toHaveLength(0);
	});

	test('an unknown field where the schema allows none', async () => {
		const failure = await runNode(mock, { resource: 'aggregate', operation: 'aggregate', body: JSON.stringify({ resourceName: 'Comment', operations: [], oops: 1 }), options: {} }).catch(
			(error: Error) => error,
		);
		expect((failure as Error).message).toContain('The field "Aggregation (JSON)" is not valid: Unrecognized key(s) in object: \'oops\'');
	});

	test('a number out of range in a filter', async () => {
		const failure = await runNode(mock, { resource: 'tenantDailyUsage', operation: 'getAll', returnAll: true, options: { monthNumber: 13 } }).catch((error: Error) => error);
		expect((failure as Error).message).toBe('The field "Month" must be at most 12, not 13');
	});

	test('an empty id', async () => {
		const failure = await runNode(mock, { resource: 'moderator', operation: 'get', id: { __rl: true, mode: 'id', value: ' ' } }).catch((error: Error) => error);
		expect((failure as Error).message).toBe('The field "Moderator" is empty; an id is required');
	});
});

describe('requests', () => {
	test('create sends the body as entered and the flags as query parameters', async () => {
		const run = await runNode(mock, { resource: 'comment', operation: 'create', body: JSON.stringify(newComment), options: { isLive: true, sendEmails: false } });
		expect(run.json[0]).toMatchObject({ status: 'success', comment: { commenterName: 'Ada' } });
		expect(run.requests[0].query).toMatchObject({ isLive: ['true'], sendEmails: ['false'], tenantId: [mock.tenantId] });
		expect(mock.server.log.entries[0].headers['x-api-key']).toBe('[redacted]');
	});

	test('path values stay one segment (a hashtag with #, an email with @)', async () => {
		await runNode(mock, { resource: 'hashTag', operation: 'delete', tag: '#tag0001' });
		await runNode(mock, { resource: 'ssoUser', operation: 'getByEmail', email: 'sso1@example.com' }).catch(() => undefined);
		const paths = mock.server.log.entries.map((entry) => entry.path);
		expect(paths).toEqual(['/api/v1/hash-tags/%23tag0001', '/api/v1/sso-users/by-email/sso1%40example.com']);
		expect(mock.state.list('hashTags').some((tag) => tag.tag === '#tag0001')).toBe(false);
	});
});
