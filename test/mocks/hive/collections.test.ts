import { errorsOf, hiveCall, type PageBody } from './hiveTestClient';
import { startHiveMock, type HiveMock } from './startHiveMock';

describe('Hive mock collections', () => {
	let mock: HiveMock;
	beforeAll(async () => {
		mock = await startHiveMock({ rateLimit: false });
	});
	afterAll(() => mock.close());

	it('pages 60 SKUs as 25 + 25 + 10 with Hive\'s pagination object, newest first', async () => {
		const pages: PageBody[] = [];
		for (const page of [1, 2, 3]) pages.push((await hiveCall(mock, 'GET', `/skus?page=${page}`)).body as PageBody);
		expect(pages.map((page) => page.data.length)).toEqual([25, 25, 10]);
		expect(pages[1].pagination).toEqual({ current_page: 2, item_count: 60, page_count: 3, items_per_page: 25 });
		const ids = pages.flatMap((page) => page.data.map((sku) => sku.id));
		expect(ids).toEqual(Array.from({ length: 60 }, (_, index) => 60 - index));
		const first = (await hiveCall(mock, 'GET', '/skus')).body as PageBody;
		expect(first.pagination.current_page).toBe(1);
		expect(first.data[0].id).toBe(60);
	});

	it('returns an empty page past the end', async () => {
		const res = await hiveCall(mock, 'GET', '/skus?page=4');
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ data: [], pagination: { current_page: 4, item_count: 60, page_count: 3, items_per_page: 25 } });
	});

	it.each(['0', '-1', '1.5', 'abc', '', '2e1'])('refuses page=%p with 400', async (page) => {
		const res = await hiveCall(mock, 'GET', `/skus?page=${page}`);
		expect(res.status).toBe(400);
		expect(res.body).toMatchObject({ success: false });
		expect(errorsOf(res)[0]).toBe('bad request');
	});

	it('seeds stable SKUs with documented fields', async () => {
		const sku = ((await hiveCall(mock, 'GET', '/skus?merchant_sku_ids[]=HIVE-SKU-0004')).body as PageBody).data[0];
		expect(sku).toMatchObject({ id: 4, merchant_sku_id: 'HIVE-SKU-0004', status: 'active', batch_tracking_enabled: true, fulfilled_by: 'hive', created_at: '2024-01-10T12:00:00.000+00:00' });
		for (const key of ['name', 'barcode', 'cost_in_cents', 'country_code_of_origin', 'hs_code', 'weight_in_kg', 'image_url', 'inventory', 'inventory_per_warehouse', 'inventory_batches']) {
			expect(sku).toHaveProperty(key);
		}
	});

	it('filters SKUs by repeated merchant_sku_ids[] and lists soft-deleted ones with status "deleted"', async () => {
		const res = await hiveCall(mock, 'GET', '/skus?merchant_sku_ids[]=HIVE-SKU-0001&merchant_sku_ids%5B%5D=HIVE-SKU-0015&merchant_sku_ids[]=NOPE');
		const body = res.body as PageBody;
		expect(body.data.map((sku) => [sku.id, sku.status])).toEqual([[15, 'deleted'], [1, 'active']]);
		expect(body.pagination.item_count).toBe(2);
	});

	it.each([
		['merchant_sku_ids=HIVE-SKU-0001', /merchant_sku_ids\[\]/],
		['merchant_sku_ids[0]=HIVE-SKU-0001', /merchant_sku_ids\[\]/],
		['merchant_sku_ids[][]=HIVE-SKU-0001', /merchant_sku_ids\[\]/],
		['created_at=2024-01-01', /created_at\[gte\]/],
		['created_at[eq]=2024-01-01', /created_at\[lt\]/],
		['created_at[gte]=yesterday', /ISO 8601/],
		['created_at[gte]=2024-01-01T00:00:00+01:00', /%2B/],
		['page=1&page=2', /once/],
		['per_page=100', /unsupported query parameter "per_page"/],
		['include=batches', /unsupported query parameter "include"/],
		['a[b=1', /malformed parameter name/],
	])('refuses %s with 400 instead of ignoring it', async (query, detail) => {
		const res = await hiveCall(mock, 'GET', `/skus?${query}`);
		expect(res.status).toBe(400);
		expect(errorsOf(res)[0]).toBe('bad request');
		expect(errorsOf(res)[1]).toMatch(detail);
	});

	it('filters by created_at[lt|lte|gt|gte] with ISO dates', async () => {
		const at = (query: string) => hiveCall(mock, 'GET', `/skus?${query}`).then((res) => (res.body as PageBody).data.map((sku) => sku.id));
		// SKU 4 was created at 2024-01-10T12:00:00Z, SKU 5 at 2024-01-12T13:00:00Z.
		expect(await at('created_at[lte]=2024-01-10T12:00:00Z')).toEqual([4, 3, 2, 1]);
		expect(await at('created_at[lt]=2024-01-10T12:00:00Z')).toEqual([3, 2, 1]);
		expect(await at('created_at[gt]=2024-01-10T12:00:00Z&created_at[lte]=2024-01-12T13:00:00.000%2B00:00')).toEqual([5]);
		expect(await at('created_at[gte]=2024-01-12&created_at[lt]=2024-01-13')).toEqual([5]);
	});

	it('lists orders newest first and shows item batches only with include=batches', async () => {
		const plain = (await hiveCall(mock, 'GET', '/orders')).body as PageBody<{ id: number; items: Record<string, unknown>[] }>;
		expect(plain.data[0].id).toBe(5040);
		expect(plain.pagination).toEqual({ current_page: 1, item_count: 40, page_count: 2, items_per_page: 25 });
		expect(plain.data.every((order) => order.items.every((item) => !('batches' in item)))).toBe(true);

		const withBatches = (await hiveCall(mock, 'GET', '/orders?include=batches&page=2')).body as PageBody<{ items: { batches: unknown[] }[] }>;
		expect(withBatches.data).toHaveLength(15);
		expect(withBatches.data.every((order) => order.items.every((item) => Array.isArray(item.batches)))).toBe(true);
		const batches = withBatches.data.flatMap((order) => order.items.flatMap((item) => item.batches));
		expect(batches.length).toBeGreaterThan(0);
		expect(batches[0]).toEqual({ name: expect.any(String), tracking_code: expect.any(String), expiry_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), quantity: expect.any(Number) });

		expect((await hiveCall(mock, 'GET', '/orders?include=shipments')).status).toBe(400);
		const one = (await hiveCall(mock, 'GET', '/orders/5001?include=batches')).body as { id: number; merchant_order_id: string; items: { batches: unknown }[] };
		expect(one).toMatchObject({ id: 5001, merchant_order_id: 'ORD-10001' });
		expect(one.items[0].batches).toBeDefined();
	});

	it('serves shipments, returns, restocking shipments and warehouses', async () => {
		const shipments = (await hiveCall(mock, 'GET', '/shipments')).body as PageBody;
		expect(shipments.pagination.item_count).toBe(40);
		expect(shipments.data[0]).toMatchObject({ id: 7040, order_id: 5040, merchant_order_id: 'ORD-10040' });
		expect(((await hiveCall(mock, 'GET', '/shipments/7001')).body as { order_id: number }).order_id).toBe(5001);

		const returns = (await hiveCall(mock, 'GET', '/returns')).body as PageBody;
		expect(returns.pagination.item_count).toBe(12);
		expect(returns.data[0]).toHaveProperty('order.merchant_order_id');
		expect((await hiveCall(mock, 'GET', '/returns/9001')).status).toBe(200);

		const restocking = (await hiveCall(mock, 'GET', '/restocking_shipments')).body as PageBody;
		expect(restocking.data[0]).toMatchObject({ id: 321, barcode: 'RS.321' });
		expect((await hiveCall(mock, 'GET', '/restocking_shipments/301/')).status).toBe(200); // trailing slash as in Hive's docs

		const warehouses = (await hiveCall(mock, 'GET', '/warehouses')).body as PageBody;
		expect(warehouses.data.map((warehouse) => warehouse.id)).toEqual([23, 22, 21]);
		expect((await hiveCall(mock, 'GET', '/warehouses?created_at[gte]=2020-01-01')).status).toBe(400);
	});

	it.each([
		['/skus/999', 'PATCH', "Couldn't find Sku with 'id'=999"],
		['/orders/1', 'GET', "Couldn't find Order with 'id'=1"],
		['/orders/abc', 'GET', "Couldn't find Order with 'id'=abc"],
		['/shipments/5001', 'GET', "Couldn't find Shipment with 'id'=5001"],
		['/returns/1', 'GET', "Couldn't find Return with 'id'=1"],
		['/restocking_shipments/1', 'GET', "Couldn't find RestockingShipment with 'id'=1"],
	])('answers %s (%s) for an unknown id with 404 and an errors body', async (path, method, message) => {
		const res = await hiveCall(mock, method, path, method === 'PATCH' ? { body: { name: 'x' } } : {});
		expect(res.status).toBe(404);
		expect(res.body).toEqual({ success: false, errors: [message] });
	});

	it('answers an unknown route with 404', async () => {
		const res = await hiveCall(mock, 'DELETE', '/orders/5001');
		expect(res.status).toBe(404);
		expect(res.body).toMatchObject({ success: false, errors: [expect.stringContaining('No route matches')] });
	});
});
