import { getManyOperation, getOperation } from '../../shared/operations/standardOperations';
import { idLocator } from '../../shared/operations/locator';
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
			locator: idLocator({ name: 'shipment', displayName: 'Shipment', searchMethod: 'searchShipments', idPattern: '^\\d+$', description: "Hive's numeric ID of the shipment" }),
			path: (id) => encodePath`/shipments/${id}`,
		}),
		getManyOperation({
			nouns: 'shipments',
			path: '/shipments',
			strategy: hivePaging,
			properties: [filtersCollection()],
			query: (params) => createdAtQuery(params),
		}),
	],
};
