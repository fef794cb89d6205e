import { WorkflowRunError } from '../harness/client';
import { byId, hiveWorld, pairedInputs, type HiveWorld } from './hiveFixture';

let world: HiveWorld;
beforeAll(async () => {
	world = await hiveWorld();
});
afterAll(async () => await world.mock.close());

async function failureOf(promise: Promise<unknown>): Promise<WorkflowRunError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof WorkflowRunError) return error;
		throw error;
	}
	throw new Error('the workflow was expected to fail');
}

describe('Hive errors in a real n8n', () => {
	test("a 422 quotes Hive's own errors and the status, and the API key appears nowhere", async () => {
		const restocked = world.mock.state.restockingShipments.find((shipment) => shipment.status === 'restocked');
		const failure = await failureOf(
			world.n8n.runWorkflow([
				world.hive({
					resource: 'restockingShipment',
					operation: 'replace',
					restockingShipment: byId(restocked!.id),
					warehouse: byId(world.mock.state.warehouses[0].id),
					estimatedArrivalDate: '2026-12-24',
					deliveryOption: 'postal',
					items: '[{"sku_id": 1, "announced_quantity": 1}]',
					additionalFields: {},
				}),
			]),
		);
		expect(failure.message).toMatch(/Hive \(HTTP 422\)/);
		const stored = JSON.stringify(await failure.execution);
		expect(stored).toContain('HTTP 422');
		expect(stored).not.toContain(world.mock.apiKey);
		expect(world.n8n.readLog()).not.toContain(world.mock.apiKey);
	});

	test('Continue On Fail emits an error item for the failing item, paired with it, and goes on', async () => {
		const skus = world.mock.state.skus;
		const input = [{ id: skus[0].id }, { id: 999_999 }, { id: skus[1].id }];
		const node = world.hive(
			{ resource: 'sku', operation: 'update', sku: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { hsCode: '6109' } },
			{ onError: 'continueRegularOutput' },
		);
		const result = await world.n8n.run([node, { name: 'After', type: 'n8n-nodes-base.noOp' }], undefined, { input });
		expect(result.items[0]).toMatchObject({ id: skus[0].id, hs_code: '6109' });
		expect(result.items[1]).toMatchObject({ httpCode: '404', error: expect.stringMatching(/Hive \(HTTP 404\): Couldn't find/) });
		expect(result.items[2]).toMatchObject({ id: skus[1].id, hs_code: '6109' });
		expect(pairedInputs(await result.execution(), 'Hive')).toEqual([0, 1, 2]);
	});

	// Empty values come through expressions: n8n itself refuses to publish a workflow whose required field is blank.
	test('bad input is refused with the field named before any request is sent', async () => {
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ resource: 'sku', operation: 'update', sku: byId(1), updateFields: {} }, /"Update Fields" is empty/],
			[{ resource: 'sku', operation: 'update', sku: byId(1), updateFields: { countryCodeOfOrigin: 'Germany' } }, /"Update Fields".*country_code_of_origin/],
			[{ resource: 'sku', operation: 'create', merchantSkuId: '={{ $json.missing ?? "" }}', name: 'x', additionalFields: {} }, /"Merchant SKU ID" is required/],
			[{ resource: 'order', operation: 'get', order: byId('={{ "" }}') }, /"Order" is empty/],
			[{ resource: 'sku', operation: 'bulkUpsert', source: 'json', skusJson: '[{"merchant_sku_id": "A"', batchSize: 100 }, /"SKUs \(JSON\)" is not valid JSON/],
			[{ resource: 'sku', operation: 'bulkUpsert', source: 'json', skusJson: '[]', batchSize: 100 }, /at least one SKU/],
			[
				{ resource: 'restockingShipment', operation: 'create', warehouse: byId(21), estimatedArrivalDate: '2026-12-01', deliveryOption: 'postal', items: '[{"announced_quantity": 2}]', additionalFields: {} },
				/"Items \(JSON\)".*sku_id or merchant_sku_id/,
			],
			[{ resource: 'customApiCall', operation: 'call', method: 'GET', path: 'https://evil.example/skus', query: '{}', paging: 'none' }, /"Path" must be relative/],
			[{ resource: 'sku', operation: 'getAll', returnAll: false, limit: 0 }, /"Limit" must be at least 1/],
		];
		for (const [parameters, message] of cases) {
			const mark = world.mark();
			const failure = await failureOf(world.n8n.runWorkflow([world.hive(parameters as never)]));
			expect(failure.message).toMatch(message);
			expect(world.requestsSince(mark)).toEqual([]);
		}
	});
});
