import type { IDataObject } from 'n8n-workflow';
import type { Fault } from '../../../mocks/shared/faults';
import type { LogEntry } from '../../../mocks/shared/requestLog';
import { byId } from '../../../n8n/hive/hiveFixture';
import { runCapturing, secretsIn, settleFaultCase, type FaultCase, type WorkflowOutcome } from '../../../reliability/faults/faultCase';
import { hive429, hiveFaultWorld, type HiveFaultWorld } from '../../../reliability/faults/hiveFaults';
import { writesReceivedTwice } from '../../../reliability/tally';
import { worldPerTest } from '../../../reliability/faults/worldLifecycle';

const writeCase = (subject: string, trial: string, expected: string): FaultCase => ({ service: 'Hive', subject, trial, expected, runtime: 'real n8n' });

const badGateway: Fault = { kind: 'status', status: 502, rawBody: '<html><head><title>502 Bad Gateway</title></head></html>', headers: { 'content-type': 'text/html' } };
const unavailable: Fault = { kind: 'status', status: 503, rawBody: '<html><head><title>503 Service Unavailable</title></head></html>', headers: { 'content-type': 'text/html' } };

const world = worldPerTest(hiveFaultWorld, (opened) => opened.mock.close());

interface WriteRun {
	outcome: WorkflowOutcome;
	/** The requests of this method and path the mock received. */
	sent: LogEntry[];
	/** Non-idempotent requests received more than once (401/429 refusals excluded). */
	doubleSent: number;
	leaked: number;
}

async function runWrite(parameters: Record<string, unknown>, method: string, path: RegExp, input?: IDataObject[]): Promise<WriteRun> {
	const mark = world().mark();
	const outcome = await runCapturing(world().n8n, [world().hive(parameters as never)], undefined, input ? { input } : undefined);
	const log = world().requestsSince(mark);
	return {
		outcome,
		sent: log.filter((entry) => entry.method === method && path.test(entry.path)),
		doubleSent: writesReceivedTwice(log, (entry) => entry.method === 'POST' || entry.method === 'PATCH'),
		leaked: secretsIn(outcome.texts, [world().mock.apiKey]),
	};
}

const restockingFields = (opened: HiveFaultWorld) => ({
	warehouse: byId(opened.mock.state.warehouses[0].id),
	estimatedArrivalDate: '2026-12-24',
	deliveryOption: 'postal',
	items: JSON.stringify([{ sku_id: world().mock.state.skus[0].id, announced_quantity: 5 }]),
	additionalFields: {},
});

describe('Hive writes under faults in a real n8n', () => {
	test('SKU Create answered 502 after Hive created it: sent once, the SKU exists once, the error says it was not repeated', async () => {
		world().faults.add({ method: 'POST', path: /\/skus$/, fault: badGateway, afterHandling: true });
		const { outcome, sent, doubleSent, leaked } = await runWrite({ resource: 'sku', operation: 'create', merchantSkuId: 'FAULT-502', name: 'Made once', additionalFields: {} }, 'POST', /\/skus$/);
		const stored = world().mock.state.skus.filter((sku) => sku.merchant_sku_id === 'FAULT-502').length;
		expect(outcome.error).toMatch(/Hive \(HTTP 502\).*It was not repeated, because the service may already have acted on it/);
		expect(sent).toHaveLength(1);
		expect(stored).toBe(1);
		settleFaultCase(writeCase('SKU: Create', '502 after Hive acted', 'send once, clear error'), {
			observed: `${sent.length} POST, ${stored} SKU at Hive, error says not repeated`,
			tried: world().faults.injected.length,
			doubleSent,
			leaked,
		});
	});

	test('Restocking Shipment Create whose connection drops after Hive created it: sent once, clear error', async () => {
		const before = world().mock.state.restockingShipments.length;
		world().faults.add({ method: 'POST', path: /\/restocking_shipments$/, fault: { kind: 'reset' }, afterHandling: true });
		const { outcome, sent, doubleSent, leaked } = await runWrite({ resource: 'restockingShipment', operation: 'create', ...restockingFields(world()) }, 'POST', /\/restocking_shipments$/);
		const created = world().mock.state.restockingShipments.length - before;
		expect(outcome.error).toMatch(/Hive: could not complete the request \(ECONNRESET\)\. It was not repeated/);
		expect(sent).toHaveLength(1);
		expect(created).toBe(1);
		settleFaultCase(writeCase('Restocking Shipment: Create', 'reset after Hive acted', 'send once, clear error'), {
			observed: `${sent.length} POST, ${created} shipment at Hive, error says not repeated`,
			tried: world().faults.injected.length,
			doubleSent,
			leaked,
		});
	});

	test('Restocking Shipment Replace (PUT, idempotent) answered 503 is sent again and succeeds', async () => {
		const shipment = world().mock.state.restockingShipments.find((candidate) => candidate.status === 'shipped' || candidate.status === 'created');
		world().faults.add({ method: 'PUT', path: /\/restocking_shipments\/\d+$/, fault: unavailable });
		const { outcome, sent, doubleSent, leaked } = await runWrite(
			{ resource: 'restockingShipment', operation: 'replace', restockingShipment: byId(shipment!.id), ...restockingFields(world()) },
			'PUT',
			/\/restocking_shipments\/\d+$/,
		);
		expect(outcome.error).toBeUndefined();
		expect(outcome.items).toMatchObject([{ id: shipment!.id }]);
		expect(sent.map((entry) => entry.status)).toEqual([503, 200]);
		expect(sent).toHaveLength(2);
		settleFaultCase(writeCase('Restocking Shipment: Replace', '503 before Hive acted', 'retry the PUT, succeed'), {
			observed: `${sent.length} PUTs, replaced`,
			tried: world().faults.injected.length,
			doubleSent,
			leaked,
		});
	});

	const upsertInput = Array.from({ length: 25 }, (_, index) => ({ merchant_sku_id: `UPSERT-${index}`, name: `Upserted ${index}` }));
	const upsert = { resource: 'sku', operation: 'bulkUpsert', source: 'inputItems', batchSize: 10 };
	const savedUpserts = () => world().mock.state.skus.filter((sku) => sku.merchant_sku_id.startsWith('UPSERT-')).length;

	test('Bulk Upsert (a POST) whose second batch gets a 503 after Hive saved it: not resent, the error names the batch', async () => {
		world().faults.add({ method: 'POST', path: /\/skus\/bulk_upsert$/, skip: 1, fault: unavailable, afterHandling: true });
		const { outcome, sent, doubleSent, leaked } = await runWrite(upsert, 'POST', /\/skus\/bulk_upsert$/, upsertInput);
		expect(outcome.error).toMatch(/Hive \(HTTP 503\).*It was not repeated/);
		expect(outcome.error).toContain('SKUs 11–20 of 25 failed; 10 SKUs before them had already been saved.');
		expect(sent.map((entry) => entry.status)).toEqual([200, 503]);
		expect(savedUpserts()).toBe(20);
		settleFaultCase(writeCase('SKU: Bulk Upsert', '503 on batch 2 after Hive acted', 'no resend, error names batch'), {
			observed: `${sent.length} of 3 batches sent, ${savedUpserts()}/25 saved, batch 3 not sent`,
			tried: world().faults.injected.length,
			doubleSent,
			leaked,
		});
	});

	test('Bulk Upsert whose second batch gets a 429 sends that batch again after the wait (Hive did nothing with it)', async () => {
		world().faults.add({ method: 'POST', path: /\/skus\/bulk_upsert$/, skip: 1, fault: hive429(0.5) });
		const { outcome, sent, doubleSent, leaked } = await runWrite(upsert, 'POST', /\/skus\/bulk_upsert$/, upsertInput);
		expect(outcome.error).toBeUndefined();
		expect(outcome.items.map((item) => item.merchant_sku_id)).toEqual(upsertInput.map((sku) => sku.merchant_sku_id));
		expect(sent.map((entry) => entry.status)).toEqual([200, 429, 200, 200]);
		expect(savedUpserts()).toBe(25);
		settleFaultCase(writeCase('SKU: Bulk Upsert', '429 on batch 2', 'resend after wait, all saved'), {
			observed: `${sent.length} POSTs (1 refused), ${savedUpserts()}/25 saved`,
			tried: world().faults.injected.length,
			doubleSent,
			leaked,
		});
	});
});
