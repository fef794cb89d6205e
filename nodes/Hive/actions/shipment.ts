import { getManyOperation, getOperation } from '../../shared/operations/standardOperations';
import { idLocator, WHOLE_NUMBER_ID } from '../../shared/operations/locator';
import type { Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { hivePaging } from '../hivePaging';
import { createdAtQuery, filtersCollection } from './createdAtFilters';

export const shipmentResource: Resource = {
	value: 'shipment',
	name: 'Shipment',
	operations: [
		getOperation({
			noun: 'shipment',
			locator: idLocator({ name: 'shipment', displayName: 'Shipment', searchMethod: 'searchShipments', idShape: WHOLE_NUMBER_ID('42'), description: "Hive's numeric ID of the shipment" }),
			path: (id) => encodePath`/shipments/${id}`,
			returns: 'the shipment as one item: id, order_id, merchant_order_id, status, delivery_status, shipment_provider, tracking_code, tracking_url, shipped and delivered dates, and items',
		}),
		getManyOperation({
			nouns: 'shipments',
			path: '/shipments',
			strategy: hivePaging,
			description: 'List the shipments Hive sent for your orders, newest first, optionally only those created in a date range',
			returns: 'the shipments, one item each, with the fields of Get a shipment',
			properties: [filtersCollection()],
			query: (params) => createdAtQuery(params),
		}),
	],
};
