import { encodePath } from '../../../../nodes/shared/transport/url';
import { pageNumberPaging } from '../../../../nodes/shared/pagination';
import { idLocator } from '../../../../nodes/shared/operations/locator';
import { runOperations } from '../../../../nodes/shared/operations/router';
import { getManyOperation, getOperation } from '../../../../nodes/shared/operations/standardOperations';
import type { Resource } from '../../../../nodes/shared/operations/types';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import { fakeContext } from '../../../helpers/fakeContext';
import { TEST_API_KEY, testCredentials, testProfile } from '../../../helpers/testProfile';
import { sendJson, TestServer } from '../../../helpers/testServer';

const SKUS = Array.from({ length: 120 }, (_, i) => ({ id: String(i + 1), name: `Item ${i + 1}` }));
const locator = idLocator({ name: 'skuId', displayName: 'SKU', searchMethod: 'searchSkus' });
const resources: Resource[] = [
	{
		value: 'sku',
		name: 'SKU',
		operations: [
			getOperation({ noun: 'SKU', locator, path: (id) => encodePath`/skus/${id}` }),
			getManyOperation({ nouns: 'SKUs', path: '/skus', strategy: pageNumberPaging({ itemsPath: 'data', sizeParam: 'per_page', pageSize: 50, pageCountPath: 'pagination.page_count' }) }),
		],
	},
];

let server: TestServer;

beforeEach(async () => {
	server = await TestServer.start();
	server.handle((seen, res) => {
		const one = /^\/merchant_api\/v1\/skus\/(.+)$/.exec(seen.path);
		if (one) {
			const sku = SKUS.find((entry) => entry.id === decodeURIComponent(one[1]));
			return sku ? sendJson(res, 200, sku) : sendJson(res, 404, { success: false, errors: [`SKU ${decodeURIComponent(one[1])} not found`] });
		}
		const page = Number(seen.query.get('page'));
		const size = Number(seen.query.get('per_page'));
		return sendJson(res, 200, { data: SKUS.slice((page - 1) * size, page * size), pagination: { page_count: Math.ceil(SKUS.length / size) } });
	});
});

afterEach(async () => {
	await server.close();
	resetThrottles();
});

function run(parameters: (itemIndex: number) => Record<string, unknown>, items: number, continueOnFail = false) {
	const { ctx } = fakeContext({ credentials: testCredentials(server.origin), items: Array.from({ length: items }, () => ({})), parameters, continueOnFail });
	return runOperations(ctx, resources, testProfile());
}

describe('standard operations through runOperations, against a local server', () => {
	it('Get: one row per item, paired; a 404 becomes an error item with the HTTP code when Continue On Fail is on', async () => {
		const ids = ['3', 'missing/1', '7'];
		const [output] = await run((i) => ({ resource: 'sku', operation: 'get', skuId: { __rl: true, mode: 'id', value: ids[i] } }), 3, true);
		expect(output[0]).toEqual({ json: SKUS[2], pairedItem: { item: 0 } });
		expect(output[1]).toMatchObject({ json: { error: 'Hive (HTTP 404): SKU missing/1 not found', httpCode: '404' }, pairedItem: { item: 1 } });
		expect(output[2]).toEqual({ json: SKUS[6], pairedItem: { item: 2 } });
		expect(JSON.stringify(output)).not.toContain(TEST_API_KEY);
		expect(server.requests.map((r) => r.path)).toEqual(['/merchant_api/v1/skus/3', '/merchant_api/v1/skus/missing%2F1', '/merchant_api/v1/skus/7']);
	});

	it('Get Many with Return All reads every page', async () => {
		const [output] = await run(() => ({ resource: 'sku', operation: 'getAll', returnAll: true }), 1);
		expect(output.map((row) => row.json.id)).toEqual(SKUS.map((sku) => sku.id));
		expect(output.every((row) => (row.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(server.requests).toHaveLength(3);
	});

	it('Get Many with a Limit stops early and asks for no more than it needs', async () => {
		const [output] = await run(() => ({ resource: 'sku', operation: 'getAll', returnAll: false, limit: 20 }), 1);
		expect(output).toHaveLength(20);
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].query.get('per_page')).toBe('20');
	});

	it('Get Many refuses a Limit below 1, naming the field', async () => {
		await expect(run(() => ({ resource: 'sku', operation: 'getAll', returnAll: false, limit: 0 }), 1)).rejects.toThrow('The field "Limit" must be at least 1, not 0');
		expect(server.requests).toHaveLength(0);
	});
});
