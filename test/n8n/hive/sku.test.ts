import { byId, hiveWorld, ids, pairedInputs, type HiveWorld } from './hiveFixture';

let world: HiveWorld;
beforeAll(async () => {
	world = await hiveWorld({ seed: { skus: 60 } });
});
afterAll(async () => await world.mock.close());

describe('Hive SKUs in a real n8n', () => {
	test('Get Many with Return All reads every page once, newest first', async () => {
		const mark = world.mark();
		const items = await world.n8n.runWorkflow([world.hive({ resource: 'sku', operation: 'getAll', returnAll: true })]);
		expect(items).toHaveLength(60);
		expect(new Set(ids(items)).size).toBe(60);
		const pages = world.requestsSince(mark).map((entry) => entry.query.page?.[0]);
		expect(pages).toEqual(['1', '2', '3']);
	});

	test('Get Many with Limit stops reading once it has enough', async () => {
		const mark = world.mark();
		const items = await world.n8n.runWorkflow([world.hive({ resource: 'sku', operation: 'getAll', returnAll: false, limit: 30 })]);
		expect(items).toHaveLength(30);
		expect(world.requestsSince(mark)).toHaveLength(2);
	});

	test('filters travel as merchant_sku_ids[] and created_at[gte], as Rails reads them', async () => {
		const all = world.mock.state.skus;
		const wanted = [all[3].merchant_sku_id, all[7].merchant_sku_id];
		const mark = world.mark();
		const items = await world.n8n.runWorkflow([
			world.hive({
				resource: 'sku',
				operation: 'getAll',
				returnAll: true,
				filters: { merchantSkuIds: wanted.join(', '), createdAtOrAfter: '2020-01-01T00:00:00.000Z' },
			}),
		]);
		expect(items.map((item) => item.merchant_sku_id).sort()).toEqual([...wanted].sort());
		const [request] = world.requestsSince(mark);
		expect(request.query['merchant_sku_ids[]']).toEqual(wanted);
		expect(request.query['created_at[gte]']).toEqual(['2020-01-01T00:00:00.000Z']);
	});

	test('Create, Update and Delete change the SKU at Hive and return its final state', async () => {
		const [created] = await world.n8n.runWorkflow([
			world.hive({
				resource: 'sku',
				operation: 'create',
				merchantSkuId: 'N8N-TEST-1',
				name: 'Test shirt',
				additionalFields: { costInCents: 1299, countryCodeOfOrigin: 'DE', batchTrackingEnabled: true },
			}),
		]);
		expect(created).toMatchObject({ merchant_sku_id: 'N8N-TEST-1', name: 'Test shirt', cost_in_cents: 1299, country_code_of_origin: 'DE' });

		const [updated] = await world.n8n.runWorkflow([
			world.hive({ resource: 'sku', operation: 'update', sku: byId(created.id as number), updateFields: { name: 'Renamed shirt', weightInKg: 0.25 } }),
		]);
		expect(updated).toMatchObject({ id: created.id, name: 'Renamed shirt', weight_in_kg: 0.25, cost_in_cents: 1299 });

		const [deleted] = await world.n8n.runWorkflow([world.hive({ resource: 'sku', operation: 'delete', sku: byId(created.id as number) })]);
		expect(deleted).toMatchObject({ id: created.id });
		expect(world.mock.state.skus.find((sku) => sku.id === created.id)?.status).toBe('deleted');
	});

	test('Bulk Upsert sends 250 input items as 100 + 100 + 50 and pairs every result with its item', async () => {
		const input = Array.from({ length: 250 }, (_, index) => ({ merchant_sku_id: `BULK-${index}`, name: `Bulk ${index}` }));
		const mark = world.mark();
		const result = await world.n8n.run([world.hive({ resource: 'sku', operation: 'bulkUpsert', source: 'inputItems', batchSize: 100 })], undefined, { input });
		const sizes = world.requestsSince(mark).map((entry) => ((entry.body as { skus: unknown[] }).skus ?? []).length);
		expect(sizes).toEqual([100, 100, 50]);
		expect(result.items.map((item) => item.merchant_sku_id)).toEqual(input.map((sku) => sku.merchant_sku_id));
		expect(pairedInputs(await result.execution(), 'Hive')).toEqual(input.map((_, index) => index));
	});

	test('Bulk Upsert from a JSON field upserts what the field lists', async () => {
		const skus = [
			{ merchant_sku_id: 'JSON-1', name: 'From JSON 1', barcode: '123' },
			{ merchant_sku_id: 'JSON-2', name: 'From JSON 2' },
		];
		const items = await world.n8n.runWorkflow([world.hive({ resource: 'sku', operation: 'bulkUpsert', source: 'json', skusJson: JSON.stringify(skus), batchSize: 100 })]);
		expect(items.map((item) => item.merchant_sku_id)).toEqual(['JSON-1', 'JSON-2']);
		expect(world.mock.state.skus.find((sku) => sku.merchant_sku_id === 'JSON-1')?.barcode).toBe('123');
	});

	test('Bulk Upsert refuses an invalid SKU by item and field, and sends nothing', async () => {
		const input = [{ merchant_sku_id: 'OK-1', name: 'fine' }, { merchant_sku_id: 'BAD-1' }];
		const mark = world.mark();
		const result = world.n8n.run([world.hive({ resource: 'sku', operation: 'bulkUpsert', source: 'inputItems', batchSize: 100 })], undefined, { input });
		await expect(result).rejects.toThrow(/Input item 2.*name/);
		expect(world.requestsSince(mark)).toHaveLength(0);
	});
});
