import type { IDataObject } from 'n8n-workflow';
import { Hive } from '../../../nodes/Hive/Hive.node';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { fakeContext } from '../../helpers/fakeContext';
import { startHiveMock, type HiveMock } from '../../mocks/hive';
import { baselineOf, byId } from './baseline';
import type { Values } from './displayOptions';
import type { InputSubject, RunOptions } from './inputSubject';
import { observeRun } from './observeRun';

const properties = new Hive().description.properties;

/** Values Hive's operations need beyond their defaults: ids that exist in the mock, a date, required text. */
function filledIn(mock: HiveMock): Values {
	const { state } = mock;
	const replaceable = state.restockingShipments.find((shipment) => ['created', 'shipped'].includes(shipment.status)) ?? state.restockingShipments[0];
	return {
		order: byId(state.orders[0].id),
		sku: byId(state.skus[0].id),
		restockingShipment: byId(replaceable.id),
		returnId: byId(state.returns[0].id),
		shipment: byId(state.shipments[0].id),
		warehouse: byId(state.warehouses[0].id),
		estimatedArrivalDate: '2026-12-24',
		items: JSON.stringify([{ sku_id: state.skus[0].id, announced_quantity: 5 }]),
		merchantSkuId: 'RELIABILITY-1',
		name: 'Reliability check',
		updateFields: { name: 'Renamed by the input suite' },
		path: '/warehouses',
	};
}

/** Runs Hive's execute() in a fake n8n context whose requests go to the mock with the API key as a bearer token. */
export async function runHive(mock: HiveMock, parameters: Values | ((itemIndex: number) => Values), options: RunOptions = {}) {
	// Each run starts with an empty throttle: the suite sends far more (refused) runs than Hive's 100 per minute.
	resetThrottles();
	return await observeRun(mock.log, async () => {
		const credentials = { apiKey: mock.apiKey, baseUrl: mock.baseUrl };
		const { ctx } = fakeContext({ credentialType: 'hiveApi', credentials, parameters, items: options.items, continueOnFail: options.continueOnFail });
		const [output] = await new Hive().execute.call(ctx);
		return output;
	});
}

/** The Hive node against a Hive mock (no rate limit), for one test file. */
export function useHiveSubject(): InputSubject & { mock(): HiveMock } {
	let mock: HiveMock;
	beforeAll(async () => {
		mock = await startHiveMock({ rateLimit: false });
	});
	afterAll(async () => await mock.close());
	const oneSku: IDataObject[] = [{ merchant_sku_id: 'RELIABILITY-2', name: 'Bulk check' }];
	return {
		service: 'Hive',
		properties,
		hints: { integers: ['limit', 'batchSize', 'costInCents'] },
		mock: () => mock,
		log: () => mock.log,
		baseline: (ref) => baselineOf(properties, ref, filledIn(mock), oneSku),
		run: (parameters, options) => runHive(mock, parameters, options),
		secrets: () => [mock.apiKey],
	};
}
