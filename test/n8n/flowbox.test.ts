import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeParameters } from 'n8n-workflow';
import { FLOW_KEYS, startFlowboxMock, type FlowboxMock } from '../mocks/flowbox';
import { connectN8n, WorkflowRunError, type NodeSpec } from './harness/client';
import { REPO_ROOT } from './harness/n8nInstall';

/** Every Flowbox operation in a real n8n, against the Flowbox mock. */
const n8n = connectN8n();
const TYPE = 'n8n-nodes-service-pack.flowbox';
let mock: FlowboxMock;
let credential: { id: string; name: string };

beforeAll(async () => {
	mock = await startFlowboxMock();
	const data = { apiKey: mock.apiKey, environment: 'custom', gatewayUrl: mock.gatewayUrl, externalApiUrl: mock.externalApiUrl };
	credential = { id: await n8n.createCredential('flowboxApi', 'flowbox mock', data), name: 'flowbox mock' };
});
beforeEach(() => mock.reset());
afterAll(async () => await mock?.close());

const flowbox = (parameters: INodeParameters, extra: Partial<NodeSpec> = {}): NodeSpec => ({ name: 'Flowbox', type: TYPE, parameters, credentials: { flowboxApi: credential }, ...extra });
const flow = (key: string) => ({ __rl: true, mode: 'id', value: key });
const run = (parameters: INodeParameters) => n8n.runWorkflow([flowbox(parameters)]);

/** The WorkflowRunError a run ends with (n8n answers the failed run with its error). */
const failureOf = (run: Promise<unknown>): Promise<WorkflowRunError> =>
	run.then(
		() => Promise.reject(new Error('the workflow was expected to fail')),
		(error: unknown) => (error instanceof WorkflowRunError ? error : Promise.reject(error)),
	);

describe('Flowbox in a real n8n', () => {
	test('n8n loads the node, its tool twin and the trigger', async () => {
		await n8n.expectNodeTypesLoaded([TYPE, `${TYPE}Tool`, 'n8n-nodes-service-pack.flowboxTrigger']);
	});

	test('the credential Test passes with the key and fails with a wrong one', async () => {
		expect(await n8n.testCredential(credential.id)).toMatchObject({ status: 'OK' });
		const wrong = await n8n.createCredential('flowboxApi', 'flowbox wrong', { apiKey: 'wrong-key-123', environment: 'custom', gatewayUrl: mock.gatewayUrl, externalApiUrl: mock.externalApiUrl });
		expect(await n8n.testCredential(wrong)).toMatchObject({ status: 'Error' });
	});

	test('the flow picker lists the flows of the account and filters them', async () => {
		const search = (filter: string) =>
			n8n.rest<{ results: Array<{ name: string; value: string }> }>('POST', '/dynamic-node-parameters/resource-locator-results', {
				methodName: 'searchFlows',
				filter,
				path: 'flowKey',
				nodeTypeAndVersion: { name: TYPE, version: 1 },
				currentNodeParameters: { resource: 'feed', operation: 'getPosts' },
				credentials: { flowboxApi: credential },
			});
		expect((await search('')).results.map((result) => result.value)).toEqual([FLOW_KEYS.static, FLOW_KEYS.product, FLOW_KEYS.tag]);
		expect((await search('hiking')).results).toEqual([{ name: 'Hiking stories · tag', value: FLOW_KEYS.tag }]);
	});

	test('Feed > Get Posts follows the URL-encoded JSON cursor through the whole flow, keyless', async () => {
		const items = await run({ resource: 'feed', operation: 'getPosts', flowKey: flow(FLOW_KEYS.static), returnAll: true, options: {} });
		expect(items).toHaveLength(70);
		const requests = mock.log.entries;
		expect(requests.map((entry) => entry.query.postsPerPage)).toEqual([['29'], ['29'], ['29']]);
		expect(JSON.parse(requests[1].query.cursor[0])).toEqual({ feedKey: FLOW_KEYS.static, key: items[28].key, publishedAt: items[28].publishedAt });
		expect(requests.every((entry) => entry.headers['api-key'] === undefined)).toBe(true);
	});

	test('Company > Get and Flow > Get Many', async () => {
		expect(await run({ resource: 'company', operation: 'get' })).toEqual([{ name: 'Fjällbacka Outdoor AB', country: 'SE', currency: 'SEK' }]);
		const flows = await run({ resource: 'flow', operation: 'getAll', returnAll: true, fields: ['deleted'] });
		expect(flows.map((row) => [row.key, row.type, row.deleted])).toEqual([
			[FLOW_KEYS.static, 'static', false],
			[FLOW_KEYS.product, 'product', false],
			[FLOW_KEYS.tag, 'tag', false],
		]);
	});

	test('Post > Get Many (v2) with product filters, and Post > Report', async () => {
		const posts = await run({ resource: 'post', operation: 'getAll', flowKey: flow(FLOW_KEYS.product), type: 'product', productCategories: 'boots', returnAll: true, options: {} });
		expect(posts.length).toBeGreaterThan(30);
		expect(mock.log.entries[0].query).toMatchObject({ type: ['product'], productCategories: ['boots'], postsPerPage: ['30'] });
		const reported = await run({ resource: 'post', operation: 'report', flowKey: flow(FLOW_KEYS.product), postKey: posts[0].key as string, message: 'Wrong product', email: 'mod@example.com' });
		expect(reported).toEqual([{ status: 'success', message: 'Post reported' }]);
		expect(mock.state.reports).toHaveLength(1);
	});

	test('Tag > Get Many, Product > Get', async () => {
		const tags = await run({ resource: 'tag', operation: 'getAll', returnAll: false, limit: 75, filters: {} });
		expect(tags).toHaveLength(75);
		expect(tags[0]).toEqual({ tag: expect.any(String) });
		const key = mock.state.products[3].productKey;
		expect(await run({ resource: 'product', operation: 'get', productKeys: key, locale: '' })).toEqual([expect.objectContaining({ productKey: key })]);
	});

	test('Review > Get Many and Review > Create', async () => {
		expect(await run({ resource: 'review', operation: 'getAll', companyId: '2553', returnAll: true, filters: {} })).toHaveLength(130);
		const created = await run({
			resource: 'review',
			operation: 'create',
			productId: '712405',
			title: 'Great boots',
			description: 'Dry feet all week',
			stars: 5,
			email: 'hiker@example.com',
			displayName: 'Hiker',
			locale: 'sv-SE',
			status: 'auto_moderation_pending',
			source: 'website',
			additionalFields: { sequenceId: 9001 },
		});
		expect(created).toEqual([expect.objectContaining({ id: 'rev_00131', product_id: '712405', sequence_id: 9001 })]);
	});

	test('Custom API Call', async () => {
		const rows = await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/v2/flows', query: '{"fields":"isMasterFlow"}', paging: 'none' });
		expect(rows).toEqual([expect.objectContaining({ status: 'success' })]);
	});

	test('a 200 {status: "error"} fails the node; Continue On Fail pairs the error with its item; the key leaks nowhere', async () => {
		const failure = await failureOf(run({ resource: 'post', operation: 'getAll', flowKey: flow('k-missing'), type: 'static', returnAll: true, options: {} }));
		expect(failure.message).toContain('Flowbox (HTTP 200): the response said status "error": Flow k-missing not found');
		const node = flowbox(
			{ resource: 'post', operation: 'getAll', flowKey: { __rl: true, mode: 'id', value: '={{ $json.flow }}' }, type: 'static', returnAll: false, limit: 1, options: {} },
			{ onError: 'continueRegularOutput' },
		);
		const result = await n8n.run([node, { name: 'After', type: 'n8n-nodes-base.noOp' }], undefined, { input: [{ flow: 'k-missing' }, { flow: FLOW_KEYS.static }] });
		expect(result.items[0]).toMatchObject({ error: expect.stringContaining('Flow k-missing not found') });
		expect(result.items[1]).toMatchObject({ feedKey: FLOW_KEYS.static });
		expect(JSON.stringify(await result.execution())).not.toContain(mock.apiKey);
		expect(n8n.readLog()).not.toContain(mock.apiKey);
	});

	test('bad input names the field and sends nothing', async () => {
		const cases: Array<[INodeParameters, RegExp]> = [
			[{ resource: 'post', operation: 'getAll', flowKey: flow(FLOW_KEYS.tag), type: 'tag', tags: '={{ "" }}', returnAll: true, options: {} }, /"Tags" is empty/],
			[{ resource: 'post', operation: 'report', flowKey: flow(FLOW_KEYS.static), postKey: 'x', message: 'm', email: 'nope' }, /"Email" is not valid/],
			[{ resource: 'review', operation: 'create', productId: '1', title: 't', description: 'd', stars: 9, email: 'a@b.se', displayName: 'A', locale: 'en', additionalFields: {} }, /"Stars" must be between 0 and 5/],
			[{ resource: 'feed', operation: 'getPosts', flowKey: flow('={{ "" }}'), returnAll: true, options: {} }, /"Flow" is empty/],
		];
		for (const [parameters, message] of cases) {
			const failure = await failureOf(run(parameters));
			expect(failure.message).toMatch(message);
		}
		expect(mock.log.entries).toEqual([]);
	});

	test('the example workflow runs as shipped, with the mock credential', async () => {
		const example = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/flowbox.json'), 'utf8')) as { nodes: NodeSpec[] };
		const node = (name: string): NodeSpec => {
			const found = example.nodes.find((candidate) => candidate.name === name) as NodeSpec;
			return found.credentials ? { ...found, credentials: { flowboxApi: credential } } : found;
		};
		expect(await n8n.runWorkflow([node('All flows')])).toHaveLength(3);
		const [tagged] = await n8n.runWorkflow([node('Newest 40 feed posts'), node('Tagged products')]);
		expect(String(tagged.productKeys).split(',').length).toBeGreaterThan(1);
		expect(mock.log.entries.find((entry) => entry.path.includes('/public/feed/'))?.query.postsPerPage).toEqual(['29']);
	});
});
