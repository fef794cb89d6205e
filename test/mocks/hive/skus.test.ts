import { errorsOf, hiveCall, type PageBody } from './hiveTestClient';
import { startHiveMock, type HiveMock } from './startHiveMock';

describe('Hive mock SKUs', () => {
	let mock: HiveMock;
	beforeAll(async () => {
		mock = await startHiveMock({ rateLimit: false });
	});
	beforeEach(() => mock.reset());
	afterAll(() => mock.close());

	const skuByCode = async (code: string) => ((await hiveCall(mock, 'GET', `/skus?merchant_sku_ids[]=${encodeURIComponent(code)}`)).body as PageBody).data[0];

	it('answers a missing or wrong key with the documented 401 body', async () => {
		for (const apiKey of [null, 'wrong-key', '']) {
			const res = await hiveCall(mock, 'GET', '/skus', { apiKey });
			expect(res.status).toBe(401);
			expect(res.body).toEqual({ success: false, errors: ['authentication required'] });
		}
		const basic = await hiveCall(mock, 'GET', '/skus', { apiKey: null, headers: { authorization: `Basic ${mock.apiKey}` } });
		expect(basic.status).toBe(401);
	});

	it('answers missing required fields with the documented 422 body', async () => {
		const res = await hiveCall(mock, 'POST', '/skus', { body: {} });
		expect(res.status).toBe(422);
		expect(res.body).toEqual({ success: false, errors: ["Name can't be blank", "Merchant sku can't be blank"] });
	});

	it('explains wrong types with readable 422 messages', async () => {
		const res = await hiveCall(mock, 'POST', '/skus', {
			body: { name: 42, merchant_sku_id: 'X-1', cost_in_cents: '100', weight_in_kg: -1, batch_tracking_enabled: 'yes', country_code_of_origin: 'DEU' },
		});
		expect(res.status).toBe(422);
		expect(errorsOf(res)).toEqual([
			'Name must be a string',
			'Batch tracking enabled must be true or false',
			'Cost in cents is not a number',
			'Country code of origin is the wrong length (should be 2 characters)',
			'Weight in kg must be greater than or equal to 0',
		]);
	});

	it('answers malformed JSON and a non-JSON body with 400', async () => {
		const broken = await hiveCall(mock, 'POST', '/skus', { body: '{"name": ', headers: { 'content-type': 'application/json' } });
		expect(broken.status).toBe(400);
		expect(errorsOf(broken)[0]).toBe('bad request');
		const form = await hiveCall(mock, 'POST', '/skus', { body: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect(form.status).toBe(400);
		const array = await hiveCall(mock, 'POST', '/skus', { body: [{ name: 'x' }] });
		expect(array.status).toBe(400);
	});

	it('creates a SKU (201) with the final state, refuses a duplicate merchant_sku_id', async () => {
		const res = await hiveCall(mock, 'POST', '/skus', { body: { name: 'New Mug', merchant_sku_id: 'MUG-1', cost_in_cents: 250, unknown_field: 'ignored' } });
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({ id: 61, name: 'New Mug', merchant_sku_id: 'MUG-1', cost_in_cents: 250, barcode: null, batch_tracking_enabled: false, status: 'active', inventory: { stocked: 0, reserved: 0, total: 0 } });
		expect(res.body).not.toHaveProperty('unknown_field');
		expect(((await hiveCall(mock, 'GET', '/skus')).body as PageBody).data[0].id).toBe(61);
		const again = await hiveCall(mock, 'POST', '/skus', { body: { name: 'Other', merchant_sku_id: 'MUG-1' } });
		expect(again.status).toBe(422);
		expect(errorsOf(again)).toEqual(['Merchant sku has already been taken']);
	});

	it('updates only the given fields with PATCH', async () => {
		const res = await hiveCall(mock, 'PATCH', '/skus/2', { body: { name: 'Renamed' } });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ id: 2, name: 'Renamed', merchant_sku_id: 'HIVE-SKU-0002', cost_in_cents: 450 + 2 * 37 });
		expect((await hiveCall(mock, 'PATCH', '/skus/2', { body: { merchant_sku_id: 'HIVE-SKU-0003' } })).status).toBe(422);
		expect(errorsOf(await hiveCall(mock, 'PATCH', '/skus/2', { body: { name: '' } }))).toEqual(["Name can't be blank"]);
	});

	it('soft-deletes: the SKU stays listed with status "deleted" and comes back active on the next write', async () => {
		const res = await hiveCall(mock, 'DELETE', '/skus/3');
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ id: 3, status: 'deleted' });
		expect(await skuByCode('HIVE-SKU-0003')).toMatchObject({ id: 3, status: 'deleted' });
		expect(((await hiveCall(mock, 'GET', '/skus')).body as PageBody).pagination.item_count).toBe(60);
		expect((await hiveCall(mock, 'PATCH', '/skus/3', { body: { hs_code: '1234' } })).body).toMatchObject({ status: 'active', hs_code: '1234' });
		await hiveCall(mock, 'DELETE', '/skus/3');
		const recreated = await hiveCall(mock, 'POST', '/skus', { body: { name: 'Back', merchant_sku_id: 'HIVE-SKU-0003' } });
		expect(recreated.body).toMatchObject({ id: 3, status: 'active', name: 'Back' });
	});

	describe('bulk upsert', () => {
		it('creates new SKUs and replaces existing ones: omitted fields become null, batch_tracking_enabled is kept', async () => {
			const before = await skuByCode('HIVE-SKU-0004');
			expect(before).toMatchObject({ cost_in_cents: expect.any(Number), barcode: expect.any(String), batch_tracking_enabled: true });
			const res = await hiveCall(mock, 'POST', '/skus/bulk_upsert', {
				body: { skus: [{ merchant_sku_id: 'HIVE-SKU-0004', name: 'Replaced' }, { merchant_sku_id: 'BRAND-NEW', name: 'Fresh', cost_in_cents: 99 }] },
			});
			expect(res.status).toBe(200);
			const saved = res.body as Record<string, unknown>[];
			expect(saved.map((sku) => sku.merchant_sku_id)).toEqual(['HIVE-SKU-0004', 'BRAND-NEW']);
			const after = await skuByCode('HIVE-SKU-0004');
			expect(after).toMatchObject({ id: 4, name: 'Replaced', cost_in_cents: null, barcode: null, hs_code: null, image_url: null, weight_in_kg: null, country_code_of_origin: null, batch_tracking_enabled: true, status: 'active' });
			expect(await skuByCode('BRAND-NEW')).toMatchObject({ id: 61, cost_in_cents: 99, batch_tracking_enabled: false });

			await hiveCall(mock, 'POST', '/skus/bulk_upsert', { body: { skus: [{ merchant_sku_id: 'HIVE-SKU-0004', name: 'Replaced', batch_tracking_enabled: false }] } });
			expect(await skuByCode('HIVE-SKU-0004')).toMatchObject({ batch_tracking_enabled: false });
		});

		it('accepts 100 SKUs and refuses 101 with 422', async () => {
			const skus = (count: number) => Array.from({ length: count }, (_, index) => ({ merchant_sku_id: `BULK-${index}`, name: `Bulk ${index}` }));
			const hundred = await hiveCall(mock, 'POST', '/skus/bulk_upsert', { body: { skus: skus(100) } });
			expect(hundred.status).toBe(200);
			expect(hundred.body).toHaveLength(100);
			mock.reset();
			const tooMany = await hiveCall(mock, 'POST', '/skus/bulk_upsert', { body: { skus: skus(101) } });
			expect(tooMany.status).toBe(422);
			expect(tooMany.body).toMatchObject({ success: false, errors: [expect.stringMatching(/at most 100/)] });
			expect(((await hiveCall(mock, 'GET', '/skus')).body as PageBody).pagination.item_count).toBe(60);
		});

		it('saves nothing when any item is invalid, and says which', async () => {
			const res = await hiveCall(mock, 'POST', '/skus/bulk_upsert', { body: { skus: [{ merchant_sku_id: 'OK-1', name: 'Fine' }, { merchant_sku_id: 'BAD-1' }, 'nope'] } });
			expect(res.status).toBe(422);
			expect(errorsOf(res)).toEqual(["SKU 2: Name can't be blank", 'SKU 3: must be a JSON object']);
			expect(await skuByCode('OK-1')).toBeUndefined();
		});

		it('refuses a body without a skus array (400) and an empty list (422)', async () => {
			expect((await hiveCall(mock, 'POST', '/skus/bulk_upsert', { body: [{ merchant_sku_id: 'A', name: 'A' }] })).status).toBe(400);
			expect((await hiveCall(mock, 'POST', '/skus/bulk_upsert', { body: { skus: 'A' } })).status).toBe(400);
			expect((await hiveCall(mock, 'POST', '/skus/bulk_upsert', { body: { skus: [] } })).status).toBe(422);
		});
	});
});
