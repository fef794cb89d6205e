import { byId, hiveWorld, ids, type HiveWorld } from './hiveFixture';

let world: HiveWorld;
beforeAll(async () => {
	world = await hiveWorld();
});
afterAll(async () => await world.mock.close());

const run = (parameters: Record<string, unknown>) => world.n8n.runWorkflow([world.hive(parameters as never)]);

describe('Hive orders, shipments, returns, warehouses and restocking shipments in a real n8n', () => {
	test('Order Get and Get Many with Include Batches', async () => {
		const order = world.mock.state.orders[0];
		const [one] = await run({ resource: 'order', operation: 'get', order: byId(order.id) });
		expect(one).toMatchObject({ id: order.id, merchant_order_id: order.merchant_order_id });

		const mark = world.mark();
		const many = await run({ resource: 'order', operation: 'getAll', returnAll: true, includeBatches: true, filters: {} });
		expect(many).toHaveLength(world.mock.state.orders.length);
		expect(world.requestsSince(mark)[0].query.include).toEqual(['batches']);
		expect((many[0].items as Array<{ batches?: unknown }>)[0].batches).toBeDefined();
	});

	test('Shipment Get and Get Many', async () => {
		const shipment = world.mock.state.shipments[0];
		expect(await run({ resource: 'shipment', operation: 'get', shipment: byId(shipment.id) })).toEqual([expect.objectContaining({ id: shipment.id })]);
		const many = await run({ resource: 'shipment', operation: 'getAll', returnAll: true });
		expect(new Set(ids(many)).size).toBe(world.mock.state.shipments.length);
	});

	test('Return Get and Get Many with a created-at filter', async () => {
		const item = world.mock.state.returns[0];
		expect(await run({ resource: 'return', operation: 'get', returnId: byId(item.id) })).toEqual([expect.objectContaining({ id: item.id })]);
		const cutoff = world.mock.state.returns[5].created_at;
		const newer = await run({ resource: 'return', operation: 'getAll', returnAll: true, filters: { createdAfter: cutoff } });
		expect(newer.length).toBeGreaterThan(0);
		for (const entry of newer) expect(Date.parse(entry.created_at as string)).toBeGreaterThan(Date.parse(cutoff));
	});

	test('Warehouse Get Many', async () => {
		const listed = ids(await run({ resource: 'warehouse', operation: 'getAll', returnAll: true }));
		expect([...listed].sort()).toEqual(world.mock.state.warehouses.map((w) => w.id).sort());
	});

	test('Restocking Shipment Create, Get, Get Many and Replace', async () => {
		const warehouse = world.mock.state.warehouses[0];
		const sku = world.mock.state.skus[0];
		const [created] = await run({
			resource: 'restockingShipment',
			operation: 'create',
			warehouse: byId(warehouse.id),
			estimatedArrivalDate: '2026-12-01T00:00:00.000Z',
			deliveryOption: 'courier',
			items: JSON.stringify([{ sku_id: sku.id, announced_quantity: 12 }]),
			additionalFields: { poNumber: 'PO-7', supplierName: 'Acme' },
		});
		expect(created).toMatchObject({ warehouse_id: warehouse.id, estimated_arrival_date: '2026-12-01', delivery_option: 'courier', po_number: 'PO-7' });

		expect(await run({ resource: 'restockingShipment', operation: 'get', restockingShipment: byId(created.id as number) })).toEqual([
			expect.objectContaining({ id: created.id }),
		]);
		const many = await run({ resource: 'restockingShipment', operation: 'getAll', returnAll: true });
		expect(ids(many)).toContain(created.id);

		const [replaced] = await run({
			resource: 'restockingShipment',
			operation: 'replace',
			restockingShipment: byId(created.id as number),
			warehouse: byId(warehouse.id),
			estimatedArrivalDate: '2026-12-24',
			deliveryOption: 'postal',
			items: JSON.stringify([{ merchant_sku_id: sku.merchant_sku_id, announced_quantity: 3 }]),
			additionalFields: {},
		});
		expect(replaced).toMatchObject({ id: created.id, estimated_arrival_date: '2026-12-24', delivery_option: 'postal', po_number: null });
	});

	test('Custom API Call reaches any path and pages in Hive style', async () => {
		expect(await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/warehouses/', query: '{}', paging: 'none' })).toEqual([
			expect.objectContaining({ data: expect.any(Array) }),
		]);
		const skus = await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/skus', query: '{}', paging: 'hivePages', returnAll: true });
		expect(skus).toHaveLength(world.mock.state.skus.length);
	});

	test('the credential Test button accepts the right key and refuses a wrong one without showing it', async () => {
		expect((await world.n8n.testCredential(world.credential.id)).status).toBe('OK');
		const wrong = await world.n8n.createCredential('hiveApi', 'Hive wrong key', { apiKey: 'not-the-key-123456', baseUrl: world.mock.baseUrl });
		const result = await world.n8n.testCredential(wrong);
		expect(result.status).toBe('Error');
		// The wording is n8n's own and differs between lines ("Authorization failed - …" on 2.8, "Unauthorized" on 2.41).
		expect(result.message).not.toBe('');
		expect(result.message).not.toContain('not-the-key-123456');
	});
});
