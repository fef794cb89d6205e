import { httpRequest } from '../shared';
import { errorsOf, hiveCall } from './hiveTestClient';
import { startHiveMock, type HiveMock } from './startHiveMock';

const validBody = () => ({
	warehouse_id: 21,
	estimated_arrival_date: '2024-06-01',
	delivery_option: 'courier',
	tracking_code: 'TRK-1',
	restocking_shipment_items: [
		{ sku_id: 1, announced_quantity: 10, remarks: 'top shelf' },
		{ merchant_sku_id: 'HIVE-SKU-0002', announced_quantity: 5, total_cost_in_cents: 1500 },
	],
});

describe('Hive mock restocking shipments', () => {
	let mock: HiveMock;
	beforeAll(async () => {
		mock = await startHiveMock({ rateLimit: false });
	});
	beforeEach(() => mock.reset());
	afterAll(() => mock.close());

	it('creates one (201) in the documented initial status "shipped"', async () => {
		const res = await hiveCall(mock, 'POST', '/restocking_shipments/', { body: validBody() });
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({
			id: 322,
			barcode: 'RS.322',
			status: 'shipped',
			warehouse_id: 21,
			estimated_arrival_date: '2024-06-01',
			delivery_option: 'courier',
			po_number: null,
			restocking_shipment_items: [
				{ sku_id: 1, merchant_sku_id: 'HIVE-SKU-0001', announced_quantity: 10, remarks: 'top shelf', arrived_quantity: null },
				{ sku_id: 2, merchant_sku_id: 'HIVE-SKU-0002', announced_quantity: 5, total_cost_in_cents: 1500 },
			],
		});
		expect((await hiveCall(mock, 'GET', '/restocking_shipments/322')).status).toBe(200);
	});

	it('explains what is missing or wrong with 422', async () => {
		const missing = await hiveCall(mock, 'POST', '/restocking_shipments', { body: {} });
		expect(missing.status).toBe(422);
		expect(errorsOf(missing)).toEqual([
			"Warehouse can't be blank",
			"Estimated arrival date can't be blank",
			"Delivery option can't be blank",
			"Restocking shipment items can't be blank",
		]);
		const wrong = await hiveCall(mock, 'POST', '/restocking_shipments', {
			body: { ...validBody(), warehouse_id: 999, estimated_arrival_date: 'soon', delivery_option: 'pigeon', restocking_shipment_items: [{ sku_id: 424242, announced_quantity: 0 }, { announced_quantity: 1.5 }] },
		});
		expect(errorsOf(wrong)).toEqual([
			'Warehouse must exist',
			'Estimated arrival date is not a valid date',
			'Delivery option is not included in the list (postal, courier, dropoff, hive_freight)',
			'Item 1: Sku must exist',
			'Item 1: Announced quantity must be greater than 0',
			"Item 2: Sku can't be blank (give sku_id or merchant_sku_id)",
			'Item 2: Announced quantity must be an integer',
		]);
	});

	it.each(['created', 'shipped'])('replaces the whole shipment with PUT while it is %s', async (status) => {
		const id = mock.state.restockingShipments.find((shipment) => shipment.status === status)!.id;
		const res = await hiveCall(mock, 'PUT', `/restocking_shipments/${id}/`, {
			body: { warehouse_id: 22, estimated_arrival_date: '2024-07-01', delivery_option: 'postal', restocking_shipment_items: [{ sku_id: 3, announced_quantity: 7 }] },
		});
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ id, status, warehouse_id: 22, delivery_option: 'postal', tracking_code: null, supplier_name: null, po_number: null });
		expect((res.body as { restocking_shipment_items: unknown[] }).restocking_shipment_items).toEqual([expect.objectContaining({ sku_id: 3, announced_quantity: 7 })]);
	});

	it.each(['delivered', 'arrived', 'processing', 'restocked', 'cancelled'])('refuses PUT with 422 once it is %s', async (status) => {
		const shipment = mock.state.restockingShipments.find((candidate) => candidate.status === status)!;
		const before = JSON.stringify(shipment);
		const res = await hiveCall(mock, 'PUT', `/restocking_shipments/${shipment.id}`, { body: validBody() });
		expect(res.status).toBe(422);
		expect(res.body).toEqual({ success: false, errors: [`Restocking shipment can only be updated while its status is created or shipped (it is ${status})`] });
		expect(JSON.stringify(shipment)).toBe(before);
	});

	it('validates a PUT body like a create, and 404s an unknown id', async () => {
		const id = mock.state.restockingShipments.find((shipment) => shipment.status === 'shipped')!.id;
		expect((await hiveCall(mock, 'PUT', `/restocking_shipments/${id}`, { body: { warehouse_id: 21 } })).status).toBe(422);
		expect((await hiveCall(mock, 'PUT', '/restocking_shipments/99999', { body: validBody() })).status).toBe(404);
	});

	it('lets an out-of-process test move a shipment on through the control route', async () => {
		const res = await httpRequest(`${mock.url}/__mock/hive/restocking_shipments/302/status`, { method: 'POST', body: { status: 'restocked' } });
		expect(res.status).toBe(200);
		expect((await hiveCall(mock, 'PUT', '/restocking_shipments/302', { body: validBody() })).status).toBe(422);
		const bad = await httpRequest(`${mock.url}/__mock/hive/restocking_shipments/302/status`, { method: 'POST', body: { status: 'lost' } });
		expect(bad.status).toBe(400);
	});
});
