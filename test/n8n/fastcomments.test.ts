import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { DEFAULT_SEED, startFastCommentsMock, type FastCommentsMock } from '../mocks/fastcomments';
import { connectN8n, type NodeSpec } from './harness/client';

/** The FastComments node in a real n8n, against the spec-checked mock. */
const n8n = connectN8n();
const TYPE = 'n8n-nodes-service-pack.fastComments';
const CREDENTIAL = 'fastCommentsApi';

let mock: FastCommentsMock;
let credentialId: string;

beforeAll(async () => {
	await n8n.expectNodeTypesLoaded([TYPE, 'n8n-nodes-service-pack.fastCommentsTrigger', 'n8n-nodes-service-pack.fastCommentsPollTrigger']);
	mock = await startFastCommentsMock();
	credentialId = await n8n.createCredential(CREDENTIAL, 'fastcomments', {
		apiKey: mock.apiKey,
		tenantId: mock.tenantId,
		region: 'custom',
		baseUrl: mock.baseUrl,
		apiSecret: mock.apiSecret,
	});
});
afterEach(() => mock.state.reset());
afterAll(async () => await mock?.close());

function node(parameters: IDataObject): NodeSpec {
	return { name: 'FastComments', type: TYPE, parameters: parameters as INodeParameters, credentials: { [CREDENTIAL]: { id: credentialId, name: 'fastcomments' } } };
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const json = (value: unknown) => JSON.stringify(value);

describe('credential', () => {
	test('Test succeeds with the right key and tenant', async () => {
		expect(await n8n.testCredential(credentialId)).toMatchObject({ status: 'OK' });
	});

	test('Test fails on FastComments\' HTTP 200 {status: "failed"}', async () => {
		const wrong = await n8n.createCredential(CREDENTIAL, 'fastcomments wrong', { apiKey: 'wrong-key-000000', tenantId: mock.tenantId, region: 'custom', baseUrl: mock.baseUrl });
		expect(await n8n.testCredential(wrong)).toMatchObject({ status: 'Error', message: 'FastComments refused the API key or the tenant ID' });
	});
});

/** One operation of every resource, each answered by the mock as the spec describes. */
const perResource: Array<[string, IDataObject, (items: IDataObject[]) => void]> = [
	['aggregate', { operation: 'aggregate', body: json({ resourceName: 'Comment', operations: [{ field: 'votes', op: 'sum' }] }), options: {} }, (items) => expect(items[0].status).toBe('success')],
	['auditLog', { operation: 'getAll', order: 'ASC', returnAll: false, limit: 5, options: {} }, (items) => expect(items).toHaveLength(5)],
	['badgeProgress', { operation: 'getForUser', userId: 'sso-1' }, (items) => expect(items[0].status).toBe('success')],
	['comment', { operation: 'create', body: json({ commenterName: 'Ada', comment: 'Hello from n8n', url: 'https://blog.example.com/article-1', urlId: 'article-1', locale: 'en_us' }), options: { isLive: true } }, (items) => expect(items[0]).toMatchObject({ comment: { commenterName: 'Ada' } })],
	['domainConfig', { operation: 'get', domain: 'blog.example.com' }, (items) => expect(items[0]).toMatchObject({ configuration: { domain: 'blog.example.com' } })],
	['emailTemplate', { operation: 'getAll', returnAll: true }, (items) => expect(items).toHaveLength(2)],
	['feedPost', { operation: 'create', body: json({ title: 'Launch' }), options: {} }, (items) => expect(items[0]).toMatchObject({ feedPost: { title: 'Launch' } })],
	['hashTag', { operation: 'delete', tag: '#tag0002' }, (items) => expect(items[0].status).toBe('success')],
	['moderator', { operation: 'get', id: byId('m0000000000000000001') }, (items) => expect(items[0]).toMatchObject({ moderator: { name: 'Moderator 1' } })],
	['notification', { operation: 'count', options: { viewed: false } }, (items) => expect(items[0].status).toBe('success')],
	['notificationCount', { operation: 'get', id: 'tenant-demo-42:sso-1' }, (items) => expect(items[0].status).toBe('success')],
	['page', { operation: 'create', body: json({ title: 'New article', url: 'https://blog.example.com/new', urlId: 'new' }) }, (items) => expect(items[0]).toMatchObject({ page: { urlId: 'new' } })],
	['pendingWebhookEvent', { operation: 'count', options: {} }, (items) => expect(items[0].status).toBe('success')],
	['questionConfig', { operation: 'getAll', returnAll: true }, (items) => expect(items).toHaveLength(3)],
	['questionResult', { operation: 'get', id: 'result-1' }, (items) => expect(items[0].status).toBe('success')],
	['questionResultAggregation', { operation: 'aggregate', options: { timeBucket: 'month', forceRecalculate: true } }, (items) => expect(items[0].status).toBe('success')],
	['ssoUser', { operation: 'get', id: byId('sso-3') }, (items) => expect(items[0]).toMatchObject({ user: { username: 'sso3' } })],
	['subscription', { operation: 'getAll', returnAll: true, options: {} }, (items) => expect(items).toHaveLength(3)],
	['tenant', { operation: 'getAll', returnAll: true, options: {} }, (items) => expect(items).toHaveLength(2)],
	['tenantDailyUsage', { operation: 'getAll', returnAll: true, options: {} }, (items) => expect(items).toHaveLength(DEFAULT_SEED.tenantDailyUsages)],
	['tenantPackage', { operation: 'get', id: 'package-1' }, (items) => expect(items[0].status).toBe('success')],
	['tenantUser', { operation: 'delete', id: byId('u0000000000000000001'), options: { deleteComments: true, commentDeleteMode: '1' } }, (items) => expect(items[0].status).toBe('success')],
	['ticket', { operation: 'create', userId: 'sso-1', body: json({ subject: 'Help' }) }, (items) => expect(items[0].status).toBe('success')],
	['user', { operation: 'get', id: 'user-1' }, (items) => expect(items[0].status).toBe('success')],
	['userBadge', { operation: 'getAll', returnAll: false, limit: 10, options: {} }, (items) => expect(items).toHaveLength(10)],
	['vote', { operation: 'create', commentId: byId('c0000000000000000001'), direction: 'up', options: { userId: 'sso-1' } }, (items) => expect(items[0].status).toBe('success')],
];

describe('one operation of every resource runs in a workflow', () => {
	test.each(perResource)('%s', async (resource, parameters, check) => {
		const before = mock.specChecks.length;
		const items = await n8n.runWorkflow([node({ resource, ...parameters })]);
		check(items);
		expect(mock.specChecks.slice(before).flatMap((entry) => entry.errors)).toEqual([]);
	});
});

describe('every paging style with Return All', () => {
	test.each([
		['skip, pages of 100 (SSO users)', { resource: 'ssoUser', operation: 'getAll' }, DEFAULT_SEED.ssoUsers],
		['page from 0 (hash tags)', { resource: 'hashTag', operation: 'getAll' }, DEFAULT_SEED.hashTags],
		['skip + limit (comments)', { resource: 'comment', operation: 'getAll', pagination: 'flexible', options: {} }, DEFAULT_SEED.comments],
		['skip + limit as a tree, children paged (comments)', { resource: 'comment', operation: 'getAll', pagination: 'flexible', options: { asTree: true, parentId: 'null', limitChildren: 5 } }, DEFAULT_SEED.comments - Math.floor(DEFAULT_SEED.comments / 10)],
		['precalculated pages from 0 (comments)', { resource: 'comment', operation: 'getAll', pagination: 'precalculated', options: {} }, DEFAULT_SEED.comments],
		['before/after, pages of 1,000 (audit logs)', { resource: 'auditLog', operation: 'getAll', order: 'DESC', options: {} }, DEFAULT_SEED.auditLogs],
		['afterId (feed posts)', { resource: 'feedPost', operation: 'getAll', options: {} }, DEFAULT_SEED.feedPosts],
		['skip + limit up to 200 (user badges)', { resource: 'userBadge', operation: 'getAll', options: {} }, DEFAULT_SEED.userBadges],
		['one response (pages)', { resource: 'page', operation: 'getAll' }, DEFAULT_SEED.pages],
	])('%s', async (_style, parameters, expected) => {
		const items = await n8n.runWorkflow([node({ ...parameters, returnAll: true })]);
		expect(items).toHaveLength(expected);
	});
});

describe('errors in a workflow', () => {
	test('Continue On Fail: a missing comment becomes an error item quoting reason and code, the others go on', async () => {
		const ids = ['c0000000000000000001', 'missing', 'c0000000000000000002'];
		const items = await n8n.runWorkflow([{ ...node({ resource: 'comment', operation: 'get', id: byId('={{ $json.id }}') }), onError: 'continueRegularOutput' }], undefined, {
			input: ids.map((id) => ({ id })),
		});
		expect(items.map((item) => (item.error ? String(item.error) : (item.comment as IDataObject).id))).toEqual([
			'c0000000000000000001',
			'FastComments (HTTP 404): No comment missing (code not-found)',
			'c0000000000000000002',
		]);
	});
});
