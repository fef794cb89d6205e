import { startFastCommentsMock, type FastCommentsMock } from '../mocks/fastcomments';
import { forstaWorld, type ForstaWorld } from '../mocks/forsta/n8nWorld';
import { searchPicker } from './harness/pickers';
import { HIVE_NODE, hiveWorld, type HiveWorld } from './hive/hiveFixture';

/** The searchable dropdowns of Hive, FastComments and Forsta, asked the way the editor asks them. */
describe('searchable pickers in a real n8n', () => {
	let hive: HiveWorld;
	let fastComments: FastCommentsMock;
	let forsta: ForstaWorld;
	beforeAll(async () => {
		hive = await hiveWorld({ seed: { skus: 60 } }, 'Hive pickers');
		fastComments = await startFastCommentsMock();
		forsta = await forstaWorld();
	});
	afterAll(async () => {
		await hive.mock.close();
		await fastComments.close();
		await forsta.mock.close();
	});

	const hivePicker = (methodName: string, extra: { filter?: string; paginationToken?: string } = {}) =>
		searchPicker(hive.n8n, { nodeType: HIVE_NODE, methodName, parameter: 'sku', credentials: { hiveApi: hive.credential }, ...extra });

	test('every Hive picker lists what the account has, with ids', async () => {
		const { state } = hive.mock;
		const expected: Array<[string, number]> = [
			['searchSkus', state.skus[0].id],
			['searchOrders', state.orders[0].id],
			['searchRestockingShipments', state.restockingShipments[0].id],
			['searchShipments', state.shipments[0].id],
			['searchReturns', state.returns[0].id],
			['searchWarehouses', state.warehouses[0].id],
		];
		for (const [method, id] of expected) {
			const { results } = await hivePicker(method);
			expect(results.length).toBeGreaterThan(0);
			// Lists come newest first and hold 25 a page, so the first seeded object may sit on a later page.
			const values = results.map((result) => result.value);
			expect(values.every((value) => /^\d+$/.test(String(value)))).toBe(true);
			if (results.length < 25) expect(values).toContain(String(id));
		}
	});

	test('the SKU picker filters by name or code and pages on with its token', async () => {
		const sku = hive.mock.state.skus[5];
		const first = await hivePicker('searchSkus');
		expect(first.results).toHaveLength(25);
		expect(first.paginationToken).toBeDefined();
		const second = await hivePicker('searchSkus', { paginationToken: first.paginationToken as string });
		expect(second.results).toHaveLength(25);
		expect(second.results.map((r) => r.value)).not.toContain(first.results[0].value);
		const all = [first, second, await hivePicker('searchSkus', { paginationToken: second.paginationToken as string })].flatMap((page) => page.results);
		expect(new Set(all.map((result) => result.value)).size).toBe(60);
		const filtered = await hivePicker('searchSkus', { filter: sku.merchant_sku_id });
		expect(filtered.results.map((result) => result.value)).toContain(String(sku.id));
		expect(filtered.results.every((result) => `${result.name} ${result.value}`.toLowerCase().includes(sku.merchant_sku_id.toLowerCase()))).toBe(true);
	});

	test('every FastComments picker answers with a list', async () => {
		const credential = {
			id: await hive.n8n.createCredential('fastCommentsApi', 'FastComments pickers', {
				apiKey: fastComments.apiKey,
				tenantId: fastComments.tenantId,
				region: 'custom',
				baseUrl: fastComments.baseUrl,
				apiSecret: fastComments.apiSecret,
			}),
			name: 'FastComments pickers',
		};
		const methods = ['searchPages', 'searchPageUrlIds', 'searchComments', 'searchSsoUsers', 'searchTenantUsers', 'searchModerators', 'searchQuestionConfigs', 'searchEmailTemplates'];
		for (const methodName of methods) {
			const answer = await searchPicker(hive.n8n, {
				nodeType: 'n8n-nodes-service-pack.fastComments',
				methodName,
				parameter: 'id',
				credentials: { fastCommentsApi: credential },
			});
			expect({ methodName, isList: Array.isArray(answer.results) }).toEqual({ methodName, isList: true });
		}
		const comments = await searchPicker(hive.n8n, { nodeType: 'n8n-nodes-service-pack.fastComments', methodName: 'searchComments', parameter: 'id', credentials: { fastCommentsApi: credential } });
		expect(comments.results.length).toBeGreaterThan(0);
	});

	test('the Forsta survey and hub pickers list surveys and hubs', async () => {
		for (const methodName of ['searchSurveys', 'searchHubs']) {
			const { results } = await searchPicker(forsta.n8n, {
				nodeType: 'n8n-nodes-service-pack.forsta',
				methodName,
				parameter: methodName === 'searchSurveys' ? 'survey' : 'hub',
				credentials: { forstaApi: forsta.credential },
			});
			expect(results.length).toBeGreaterThan(0);
		}
	});
});
