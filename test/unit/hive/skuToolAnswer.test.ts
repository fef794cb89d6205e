import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { Hive } from '../../../nodes/Hive/Hive.node';
import { compactSku } from '../../../nodes/Hive/actions/skuCompact';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { fakeContext } from '../../helpers/fakeContext';
import { startHiveMock, type HiveMock } from '../../mocks/hive';
import { seedSku, seedWarehouses } from '../../mocks/hive/seed/seedCatalog';

const SKUS = 500;

let mock: HiveMock;
beforeAll(async () => {
	// No rate limit: every test starts a fresh throttle (as a fresh n8n would), which would read the earlier tests'
	// requests in Hive's usage headers as another app's and hold back for it. The answer's shape is what is tested here.
	mock = await startHiveMock({ seed: { skus: SKUS }, pageSize: 100, rateLimit: false });
});
afterAll(async () => await mock.close());
afterEach(() => resetThrottles());

/** The Hive node's execute() as a node of this type (hive, or hiveTool as n8n offers it to agents). */
async function runHive(type: string, parameters: Record<string, unknown>): Promise<{ items: INodeExecutionData[]; sent: string }> {
	const fake = fakeContext({ credentialType: 'hiveApi', credentials: { apiKey: mock.apiKey, baseUrl: mock.baseUrl }, parameters });
	fake.node.type = `n8n-nodes-service-pack.${type}`;
	const [items] = await new Hive().execute.call(fake.ctx);
	return { items, sent: JSON.stringify(items.map((item) => item.json)) };
}

const listAll = { resource: 'sku', operation: 'getAll', returnAll: true, filters: {} };

describe("Hive SKUs' short form for AI agents", () => {
	const sku = seedSku(8, seedWarehouses(3)) as unknown as IDataObject;

	it('keeps the ids, name, status, barcode and stock totals, and leaves out stock per warehouse and batches', () => {
		expect(sku.inventory_batches).toHaveLength(1);
		expect(compactSku(sku)).toEqual({
			id: 8,
			merchant_sku_id: 'HIVE-SKU-0008',
			name: sku.name,
			status: 'active',
			barcode: sku.barcode,
			inventory: sku.inventory,
		});
		expect(JSON.stringify(compactSku(sku)).length * 3).toBeLessThan(JSON.stringify(sku).length);
	});

	it('leaves what is not a SKU record as it is', () => {
		const upserted = { merchant_sku_id: 'TSHIRT-M', upserted: true };
		expect(compactSku(upserted)).toBe(upserted);
		expect(compactSku({ id: '8', deleted: true })).toEqual({ id: '8', deleted: true });
	});
});

describe('a Hive SKU list with Return All', () => {
	it('as an ordinary node, returns all 500 SKUs in full', async () => {
		const { items, sent } = await runHive('hive', listAll);
		expect(items.map((item) => item.json)).toEqual([...mock.state.skus].reverse());
		expect(sent.length).toBeGreaterThan(300_000);
	});

	it('as a tool, gives the model 50 short SKUs and a note within 20,000 characters', async () => {
		const { items, sent } = await runHive('hiveTool', listAll);
		expect(sent.length).toBeLessThanOrEqual(20_000);
		expect(items).toHaveLength(51);
		expect(items[0].json).toEqual(compactSku(mock.state.skus[SKUS - 1] as unknown as IDataObject));
		const { note } = items[50].json;
		expect(note).toContain('showing 50 of 500 items');
		expect(note).toContain('Filters (Created After, Created At or After, Created At or Before, Created Before, Merchant SKU IDs)');
	});

	it('as a tool with Limit 5, gives the five short SKUs and no note', async () => {
		const plain = await runHive('hive', { ...listAll, returnAll: false, limit: 5 });
		const tool = await runHive('hiveTool', { ...listAll, returnAll: false, limit: 5 });
		expect(tool.items.map((item) => item.json)).toEqual(plain.items.map((item) => compactSku(item.json)));
		expect(tool.sent.length * 3).toBeLessThan(plain.sent.length);
	});
});
