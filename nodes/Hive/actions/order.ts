import { getManyOperation, getOperation } from '../../shared/operations/standardOperations';
import { idLocator, WHOLE_NUMBER_ID } from '../../shared/operations/locator';
import type { Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { hivePaging } from '../hivePaging';
import { createdAtQuery, filtersCollection } from './createdAtFilters';

const includeBatches = {
	displayName: 'Include Batches',
	name: 'includeBatches',
	type: 'boolean' as const,
	default: false,
	description: 'Whether to include the inventory batches shipped for each order item',
};

export const orderResource: Resource = {
	value: 'order',
	name: 'Order',
	operations: [
		getOperation({
			noun: 'order',
			locator: idLocator({ name: 'order', displayName: 'Order', searchMethod: 'searchOrders', idShape: WHOLE_NUMBER_ID('42'), description: "Hive's numeric ID of the order" }),
			path: (id) => encodePath`/orders/${id}`,
			returns: `the order as one item: id, merchant_order_id, status, financial_status, currency, totals in cents, shipping_address, tags and items (SKU, quantity, price per unit)`,
		}),
		getManyOperation({
			nouns: 'orders',
			path: '/orders',
			strategy: hivePaging,
			description: 'List orders, newest first, optionally only those created in a date range',
			returns: 'the orders, one item each, with the fields of Get an order (the batches of each item only with Include Batches)',
			properties: [includeBatches, filtersCollection()],
			query: (params) => ({
				...createdAtQuery(params),
				...(params.boolean('includeBatches', false, 'Include Batches') ? { include: 'batches' } : {}),
			}),
		}),
	],
};
