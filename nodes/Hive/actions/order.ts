import { getManyOperation, getOperation } from '../../shared/operations/standardOperations';
import { idLocator } from '../../shared/operations/locator';
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
			locator: idLocator({ name: 'order', displayName: 'Order', searchMethod: 'searchOrders', idPattern: '^\\d+$', description: "Hive's numeric ID of the order" }),
			path: (id) => encodePath`/orders/${id}`,
		}),
		getManyOperation({
			nouns: 'orders',
			path: '/orders',
			strategy: hivePaging,
			description: 'List orders, newest first',
			properties: [includeBatches, filtersCollection()],
			query: (params) => ({
				...createdAtQuery(params),
				...(params.boolean('includeBatches', false, 'Include Batches') ? { include: 'batches' } : {}),
			}),
		}),
	],
};
