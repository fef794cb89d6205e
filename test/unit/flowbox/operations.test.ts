import { FLOW_KEYS, type FlowboxMock } from '../../mocks/flowbox';
import { flowRef, runFlowbox, useFlowboxMock } from './flowboxContext';

const pathsOf = (mock: FlowboxMock) => mock.log.entries.map((entry) => entry.path);

describe('Flowbox node against the mock', () => {
	const env = useFlowboxMock();
	let mock: FlowboxMock;
	beforeAll(() => (mock = env.mock));

	it('Feed > Get Posts reads every page of the public feed with the JSON cursor, without sending the key', async () => {
		const { items } = await runFlowbox(mock, { resource: 'feed', operation: 'getPosts', flowKey: flowRef(FLOW_KEYS.static), returnAll: true, options: {} });
		expect(items).toHaveLength(70);
		expect(new Set(items.map((item) => item.json.key)).size).toBe(70);
		expect(items.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0)).toBe(true);
		const [first, second] = mock.log.entries;
		expect(first.query).toEqual({ postsPerPage: ['29'] });
		expect(JSON.parse(second.query.cursor[0])).toEqual({ feedKey: FLOW_KEYS.static, key: items[28].json.key, publishedAt: items[28].json.publishedAt });
		expect(mock.log.entries).toHaveLength(3);
		expect(mock.log.entries.every((entry) => entry.headers['api-key'] === undefined)).toBe(true);
	});

	it('Feed > Get Posts with a Limit asks for no more than it needs', async () => {
		const { items } = await runFlowbox(mock, { resource: 'feed', operation: 'getPosts', flowKey: flowRef(FLOW_KEYS.static), returnAll: false, limit: 5, options: {} });
		expect(items).toHaveLength(5);
		expect(mock.log.entries.map((entry) => entry.query)).toEqual([{ postsPerPage: ['5'] }]);
	});

	it('Company > Get and Flow > Get Many unwrap the External API envelope and send the key', async () => {
		const company = await runFlowbox(mock, { resource: 'company', operation: 'get' });
		expect(company.items.map((item) => item.json)).toEqual([{ name: 'Fjällbacka Outdoor AB', country: 'SE', currency: 'SEK' }]);
		const flows = await runFlowbox(mock, { resource: 'flow', operation: 'getAll', returnAll: false, limit: 2, fields: ['embedVersion', 'isMasterFlow'] });
		expect(flows.items.map((item) => item.json)).toEqual([
			{ key: FLOW_KEYS.static, name: 'Homepage gallery', type: 'static', embedVersion: 'v2', isMasterFlow: true },
			{ key: FLOW_KEYS.product, name: 'Product pages', type: 'product', embedVersion: 'v2', isMasterFlow: false },
		]);
		expect(mock.log.entries[1].query).toEqual({ fields: ['embedVersion,isMasterFlow'] });
		expect(mock.log.entries.every((entry) => entry.headers['api-key'] === '[redacted]')).toBe(true);
	});

	it('Post > Get Many pages posts v2 by 30 and sends the filters of the flow type', async () => {
		const all = await runFlowbox(mock, { resource: 'post', operation: 'getAll', flowKey: flowRef(FLOW_KEYS.static), type: 'static', returnAll: true, options: {} });
		expect(all.items).toHaveLength(70);
		expect(mock.log.entries.map((entry) => entry.query.postsPerPage[0])).toEqual(['30', '30', '30']);
		mock.reset();
		const tagged = await runFlowbox(mock, { resource: 'post', operation: 'getAll', flowKey: flowRef(FLOW_KEYS.tag), type: 'tag', tags: 'hiking, trail', tagsOperator: 'AND', returnAll: true, options: { locale: 'EN-GB' } });
		expect(tagged.items.length).toBeGreaterThan(0);
		expect(tagged.items.every((item) => (item.json.tags as string[]).includes('hiking') && (item.json.tags as string[]).includes('trail'))).toBe(true);
		expect(mock.log.entries[0].query).toMatchObject({ type: ['tag'], tags: ['hiking,trail'], tagsOperator: ['AND'], locale: ['en-gb'] });
		const products = await runFlowbox(mock, { resource: 'post', operation: 'getAll', flowKey: flowRef(FLOW_KEYS.product), type: 'product', productIds: '712401', returnAll: true, options: { extraQuery: '{"includeHotspots": true}' } });
		expect(products.items.length).toBeGreaterThan(0);
		expect(mock.log.entries.at(-1)?.query).toMatchObject({ productIds: ['712401'], includeHotspots: ['true'] });
	});

	it('refuses missing filters, bad JSON and a bad email by field name before sending anything', async () => {
		const attempt = (parameters: Record<string, unknown>) => runFlowbox(mock, parameters).then(() => 'sent', (error: Error) => error.message);
		const posts = { resource: 'post', operation: 'getAll', returnAll: true };
		expect(await attempt({ ...posts, flowKey: flowRef(FLOW_KEYS.product), type: 'product', options: {} })).toMatch(/^The field "Product IDs" is empty/);
		expect(await attempt({ ...posts, flowKey: flowRef(FLOW_KEYS.tag), type: 'tag', tags: ' , ', options: {} })).toMatch(/^The field "Tags" is empty/);
		expect(await attempt({ ...posts, flowKey: flowRef(FLOW_KEYS.static), type: 'static', options: { extraQuery: '{oops' } })).toMatch(/^The field "Additional Query Parameters \(JSON\)" is not valid JSON/);
		expect(await attempt({ ...posts, flowKey: flowRef(''), type: 'static', options: {} })).toMatch(/^The field "Flow" is empty/);
		const report = { resource: 'post', operation: 'report', flowKey: flowRef(FLOW_KEYS.static), postKey: 'abc', message: 'Spam' };
		expect(await attempt({ ...report, email: 'not-an-email' })).toBe('The field "Email" is not valid: must be a valid email address');
		const review = { resource: 'review', operation: 'create', productId: '712400', title: 'T', description: 'D', email: 'a@b.se', displayName: 'A', locale: 'en-GB', status: 'published', source: 'website', additionalFields: {} };
		expect(await attempt({ ...review, stars: 7 })).toBe('The field "Stars" must be between 0 and 5');
		expect(await attempt({ ...review, stars: 4, title: ' ' })).toBe('The field "Title" is required');
		expect(await attempt({ resource: 'product', operation: 'get', productKeys: ' ' })).toMatch(/^The field "Product Keys" is empty/);
		expect(mock.log.entries).toEqual([]);
	});

	it('Post > Report reports a post of the flow', async () => {
		const postKey = mock.state.posts.get(FLOW_KEYS.static)?.[3].key;
		const { items } = await runFlowbox(mock, { resource: 'post', operation: 'report', flowKey: flowRef(FLOW_KEYS.static), postKey, message: 'Not ours', email: 'mod@example.com' });
		expect(items[0].json).toEqual({ status: 'success', message: 'Post reported' });
		expect(mock.state.reports).toEqual([{ flowKey: FLOW_KEYS.static, postKey, message: 'Not ours', email: 'mod@example.com' }]);
	});

	it('Tag > Get Many pages by page and limit and names each tag', async () => {
		const all = await runFlowbox(mock, { resource: 'tag', operation: 'getAll', returnAll: true, filters: { orderBy: 'tag_name' } });
		expect(all.items).toHaveLength(120);
		expect(all.items[0].json).toEqual({ tag: 'camping-003' });
		expect(mock.log.entries.map((entry) => entry.query.page[0])).toEqual(['1', '2', '3']);
		mock.reset();
		const some = await runFlowbox(mock, { resource: 'tag', operation: 'getAll', returnAll: false, limit: 7, filters: { isApproved: 'false' } });
		expect(some.items).toHaveLength(7);
		expect(mock.log.entries[0].query).toEqual({ page: ['1'], limit: ['7'], is_approved: ['false'] });
	});

	it('Product > Get fetches several products by key', async () => {
		const keys = mock.state.products.slice(0, 2).map((product) => product.productKey);
		const { items } = await runFlowbox(mock, { resource: 'product', operation: 'get', productKeys: keys.join(', '), locale: 'EN-US' });
		expect(items.map((item) => item.json.productKey)).toEqual(keys);
		expect(items[0].json.locale).toBe('en-us');
	});

	it('Review > Get Many follows first/after and applies the filters', async () => {
		const all = await runFlowbox(mock, { resource: 'review', operation: 'getAll', companyId: '2553', returnAll: true, filters: {} });
		expect(all.items).toHaveLength(130);
		expect(mock.log.entries).toHaveLength(3);
		mock.reset();
		const published = await runFlowbox(mock, {
			resource: 'review',
			operation: 'getAll',
			companyId: '2553',
			returnAll: true,
			filters: { status: 'published', createdAfter: '2025-01-02T00:00:00', productIdentifier: '712400' },
		});
		expect(published.items.length).toBeGreaterThan(0);
		expect(published.items.every((item) => item.json.status === 'published' && item.json.product_id === '712400')).toBe(true);
		expect(mock.log.entries[0].query.after).toEqual(['2025-01-02T00:00:00.000Z']);
	});

	it('Review > Create sends the documented body; with a sequence ID a 500 is retried, without it is not', async () => {
		const review = { resource: 'review', operation: 'create', productId: '712400', title: 'Warm', description: 'Good', stars: 4, email: 'a@b.se', displayName: 'A', locale: 'en-GB', status: 'published', source: 'website' };
		mock.faults.push({ status: 500, body: { status: 'error', message: 'boom' } });
		const safe = await runFlowbox(mock, { ...review, additionalFields: { sequenceId: 42, isEmailVerified: true } });
		expect(safe.items[0].json).toMatchObject({ product_id: '712400', stars: 4, sequence_id: 42, is_email_verified: true });
		expect(mock.log.entries.map((entry) => entry.status)).toEqual([500, 200]);
		mock.reset();
		mock.faults.push({ status: 500, body: { status: 'error', message: 'boom' } });
		await expect(runFlowbox(mock, { ...review, additionalFields: {} })).rejects.toThrow('Flowbox (HTTP 500): boom');
		expect(mock.log.entries).toHaveLength(1);
	});

	it('treats a 200 {status: "error"} as an error, and keeps going with Continue On Fail', async () => {
		const parameters = (itemIndex: number) => ({ resource: 'post', operation: 'getAll', flowKey: flowRef(itemIndex === 0 ? 'k-missing' : FLOW_KEYS.static), type: 'static', returnAll: false, limit: 2, options: {} });
		await expect(runFlowbox(mock, parameters)).rejects.toThrow('Flowbox (HTTP 200): the response said status "error": Flow k-missing not found');
		const { items } = await runFlowbox(mock, parameters, { items: [{}, {}], continueOnFail: true });
		expect(items[0]).toMatchObject({ json: { error: expect.stringContaining('Flow k-missing not found') }, pairedItem: { item: 0 } });
		expect(items.slice(1).map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 1 }]);
	});

	it('waits out a 429 even when its body is an error envelope', async () => {
		mock.faults.push({ status: 429, body: { status: 'error', message: 'Too many requests' }, headers: { 'Retry-After': '0.2' } });
		const { items } = await runFlowbox(mock, { resource: 'company', operation: 'get' });
		expect(items[0].json.currency).toBe('SEK');
		expect(mock.log.entries.map((entry) => entry.status)).toEqual([429, 200]);
	});

	it('Custom API Call reaches any External API path and can page like tags', async () => {
		const { items } = await runFlowbox(mock, { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/v2/tags', query: '{"order_by":"tag_name"}', paging: 'pageLimit', returnAll: true });
		expect(items).toHaveLength(120);
		expect(pathsOf(mock)).toEqual(['/external/v2/tags', '/external/v2/tags', '/external/v2/tags']);
		const wrongKey = runFlowbox(mock, { resource: 'company', operation: 'get' }, { credentials: { apiKey: 'wrong', environment: 'custom', gatewayUrl: mock.gatewayUrl, externalApiUrl: mock.externalApiUrl } });
		await expect(wrongKey).rejects.toThrow('Flowbox (HTTP 401): Invalid or missing api-key');
	});
});
