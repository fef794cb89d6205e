import { idLocator, WHOLE_NUMBER_ID } from '../../shared/operations/locator';
import { responseRows } from '../../shared/operations/responseRows';
import { getManyOperation, getOperation } from '../../shared/operations/standardOperations';
import type { Operation, Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { hivePaging } from '../hivePaging';
import { createdAtQuery, filtersCollection } from './createdAtFilters';
import { restockingShipmentBody, restockingShipmentFields } from './restockingShipmentFields';

const shipmentLocator = idLocator({
	name: 'restockingShipment',
	displayName: 'Restocking Shipment',
	searchMethod: 'searchRestockingShipments',
	idShape: WHOLE_NUMBER_ID('42'),
	description: "Hive's numeric ID of the restocking shipment",
});

const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a restocking shipment',
	description: 'Announce goods on their way to a Hive warehouse',
	returns: 'the new restocking shipment as one item: id, status, warehouse_id, estimated_arrival_date, delivery_option, tracking_code and restocking_shipment_items with announced and arrived quantities',
	properties: restockingShipmentFields,
	run: async ({ client, params, itemIndex }) =>
		responseRows(await client.send({ method: 'POST', path: '/restocking_shipments', body: restockingShipmentBody(params) }, itemIndex)),
};

const replace: Operation = {
	value: 'replace',
	name: 'Replace',
	action: 'Replace a restocking shipment',
	description: 'Replace the whole restocking shipment; allowed only while its status is created or shipped',
	returns: 'the restocking shipment as Hive stored it, as one item',
	properties: [
		{
			displayName: 'Replace sends the whole shipment: items you leave out are removed. Hive allows it only while the status is "created" or "shipped".',
			name: 'replaceNotice',
			type: 'notice',
			default: '',
		},
		shipmentLocator,
		...restockingShipmentFields,
	],
	run: async ({ client, params, itemIndex }) => {
		const id = params.locatorId(shipmentLocator);
		const body = restockingShipmentBody(params);
		return responseRows(await client.send({ method: 'PUT', path: encodePath`/restocking_shipments/${id}`, body }, itemIndex));
	},
};

export const restockingShipmentResource: Resource = {
	value: 'restockingShipment',
	name: 'Restocking Shipment',
	operations: [
		create,
		getOperation({
			noun: 'restocking shipment',
			locator: shipmentLocator,
			path: (id) => encodePath`/restocking_shipments/${id}`,
			returns: 'the restocking shipment as one item: id, status, warehouse_id, estimated_arrival_date, delivery_option, tracking_code and restocking_shipment_items with announced and arrived quantities',
		}),
		getManyOperation({
			nouns: 'restocking shipments',
			path: '/restocking_shipments',
			strategy: hivePaging,
			description: 'List restocking shipments, newest first, optionally only those created in a date range',
			returns: 'the restocking shipments, one item each, with the fields of Get a restocking shipment',
			properties: [filtersCollection()],
			query: (params) => createdAtQuery(params),
		}),
		replace,
	],
};
