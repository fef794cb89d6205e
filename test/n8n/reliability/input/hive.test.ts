import { byId, hiveWorld, type HiveWorld } from '../../hive/hiveFixture';
import { runRealCases, type RealCase } from '../../../reliability/input/n8nRefusals';

/** A sample of the in-process input suite (test/unit/reliability/input) in a real n8n, against the Hive mock. */
let world: HiveWorld;
beforeAll(async () => {
	world = await hiveWorld({ rateLimit: false }, 'Hive mock (input)');
});
afterAll(async () => await world.mock.close());

test('bad input of every kind is refused in a real n8n with the field named, and Hive receives nothing', async () => {
	const warehouse = byId(world.mock.state.warehouses[0].id);
	const shipment = { resource: 'restockingShipment', operation: 'create', warehouse, estimatedArrivalDate: '2026-12-24', deliveryOption: 'postal', items: '[{"sku_id": 1, "announced_quantity": 2}]', additionalFields: {} };
	const skus = (count: number) => Array.from({ length: count }, (_, index) => ({ merchant_sku_id: `N8N-${index}`, name: `SKU ${index}` }));
	const cases: RealCase[] = [
		{ inputClass: 'wrong type', parameters: { resource: 'sku', operation: 'getAll', returnAll: false, limit: '={{ true }}', filters: {} }, labels: ['Limit'] },
		{ inputClass: 'wrong type', parameters: { resource: 'order', operation: 'get', order: byId('={{ { id: 1 } }}') }, labels: ['Order'] },
		{ inputClass: 'empty value', parameters: { resource: 'order', operation: 'get', order: byId('={{ "  " }}') }, labels: ['Order'] },
		{ inputClass: 'invalid JSON', parameters: { ...shipment, items: '[{"sku_id": 1' }, labels: ['Items (JSON)'] },
		{ inputClass: 'out of range', parameters: { resource: 'sku', operation: 'bulkUpsert', source: 'json', skusJson: JSON.stringify(skus(2)), batchSize: '={{ 101 }}' }, labels: ['Batch Size'] },
		{ inputClass: 'invalid date', parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: 5, filters: { createdAfter: '={{ "not a date" }}' } }, labels: ['Created After'] },
		{ inputClass: 'unknown option', parameters: { ...shipment, deliveryOption: '={{ "drone" }}' }, labels: ['Delivery Option'] },
		{
			inputClass: 'over 100 SKUs in one request',
			parameters: { resource: 'customApiCall', operation: 'call', method: 'POST', path: '/skus/bulk_upsert', query: '{}', body: JSON.stringify({ skus: skus(101) }) },
			labels: ['Body (JSON)'],
		},
	];
	const result = await runRealCases('Hive', world.n8n, (parameters) => world.hive(parameters), () => world.mock.log, cases, [world.mock.apiKey]);
	expect(result).toEqual({ problems: [], sent: 0, leaked: 0 });
});
