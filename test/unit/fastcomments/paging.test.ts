import { DEFAULT_SEED, startFastCommentsMock, type FastCommentsMock } from '../../mocks/fastcomments';
import { runNode } from './runNode';

let mock: FastCommentsMock;
beforeAll(async () => {
	mock = await startFastCommentsMock();
});
afterEach(() => mock.state.reset());
afterAll(async () => await mock.close());

const all = { returnAll: true, options: {} };

describe('Return All reads every list the way its resource pages', () => {
	test('SSO users: skip in pages of 100, each next page starting with the last user read (230 users → 3 requests)', async () => {
		const run = await runNode(mock, { resource: 'ssoUser', operation: 'getAll', ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.ssoUsers);
		expect(run.requests.map((request) => request.query.skip?.[0])).toEqual(['0', '99', '198']);
		expect(new Set(run.json.map((user) => user.id)).size).toBe(DEFAULT_SEED.ssoUsers);
	});

	test('moderators: a full last page of 100 ends with one empty page only when needed (105 → 2 requests)', async () => {
		const run = await runNode(mock, { resource: 'moderator', operation: 'getAll', ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.moderators);
		expect(run.requests).toHaveLength(2);
	});

	test('hash tags: page from 0, pages of 100', async () => {
		const run = await runNode(mock, { resource: 'hashTag', operation: 'getAll', ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.hashTags);
		expect(run.requests.map((request) => request.query.page?.[0])).toEqual(['0', '1', '2']);
	});

	test('comments: skip + limit (230 comments → limit 100, skip 0/99/198: pages overlap by one comment)', async () => {
		const run = await runNode(mock, { resource: 'comment', operation: 'getAll', pagination: 'flexible', ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.comments);
		expect(run.requests.map((request) => [request.query.skip?.[0], request.query.limit?.[0]])).toEqual([['0', '100'], ['99', '100'], ['198', '100']]);
	});

	test('comments as a tree: only top-level comments count for paging, children are paged with limitChildren/skipChildren', async () => {
		const options = { asTree: true, parentId: 'null', limitChildren: 1, skipChildren: 0 };
		const run = await runNode(mock, { resource: 'comment', operation: 'getAll', pagination: 'flexible', returnAll: true, options });
		const topLevel = DEFAULT_SEED.comments - Math.floor(DEFAULT_SEED.comments / 10);
		expect(run.json).toHaveLength(topLevel);
		expect(run.json.every((comment) => comment.parentId === null)).toBe(true);
		const withReplies = run.json.filter((comment) => comment.hasChildren);
		expect(withReplies.length).toBeGreaterThan(0);
		expect(withReplies.every((comment) => (comment.children as unknown[]).length === 1)).toBe(true);
		expect(run.requests[0].query).toMatchObject({ asTree: ['true'], parentId: ['null'], limitChildren: ['1'], skipChildren: ['0'] });
	});

	test('comments, precalculated pages: page from 0 until an empty page', async () => {
		const run = await runNode(mock, { resource: 'comment', operation: 'getAll', pagination: 'precalculated', ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.comments);
		expect(run.requests[0].query.page).toEqual(['0']);
		expect(run.requests.every((request) => request.query.skip === undefined && request.query.limit === undefined)).toBe(true);
	});

	test('user badges: skip + limit up to the documented maximum of 200', async () => {
		const run = await runNode(mock, { resource: 'userBadge', operation: 'getAll', ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.userBadges);
		expect(run.requests.map((request) => request.query.limit?.[0])).toEqual(['200', '200']);
	});

	test.each([
		['DESC', 'before'],
		['ASC', 'after'],
	])('audit logs (%s): pages of 1,000 by %s, none lost or repeated where a page break falls inside a millisecond', async (order, boundary) => {
		const run = await runNode(mock, { resource: 'auditLog', operation: 'getAll', order, ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.auditLogs);
		expect(new Set(run.json.map((entry) => entry._id)).size).toBe(DEFAULT_SEED.auditLogs);
		expect(run.requests.map((request) => request.query.limit?.[0])).toEqual(['1000', '1000', '1000']);
		expect(run.requests[1].query[boundary]).toBeDefined();
		const times = run.json.map((entry) => Date.parse(String(entry.when)));
		const sorted = [...times].sort((a, b) => (order === 'DESC' ? b - a : a - b));
		expect(times).toEqual(sorted);
	});

	test('feed posts: each page continues after the last post (afterId)', async () => {
		const run = await runNode(mock, { resource: 'feedPost', operation: 'getAll', ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.feedPosts);
		expect(run.requests[0].query.afterId).toBeUndefined();
		expect(run.requests[1].query.afterId).toEqual([run.json[19]._id]);
	});

	test('notifications: pages of 30, overlapping by one', async () => {
		const run = await runNode(mock, { resource: 'notification', operation: 'getAll', ...all });
		expect(run.json).toHaveLength(DEFAULT_SEED.notifications);
		expect(run.requests.map((request) => request.query.skip?.[0])).toEqual(['0', '29', '58']);
	});

	test('Limit stops early and asks for no more than needed', async () => {
		const run = await runNode(mock, { resource: 'comment', operation: 'getAll', pagination: 'flexible', returnAll: false, limit: 7, options: {} });
		expect(run.json).toHaveLength(7);
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].query.limit).toEqual(['7']);
	});

	test('a list returned whole still honours Limit', async () => {
		const run = await runNode(mock, { resource: 'page', operation: 'getAll', returnAll: false, limit: 2 });
		expect(run.json).toHaveLength(2);
	});
});
