import { getManyOperation, getOperation } from '../../shared/operations/standardOperations';
import { idLocator } from '../../shared/operations/locator';
import type { Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { hivePaging } from '../hivePaging';
import { createdAtQuery, filtersCollection } from './createdAtFilters';

export const returnResource: Resource = {
	value: 'return',
	name: 'Return',
	operations: [
		getOperation({
			noun: 'return',
			locator: idLocator({ name: 'returnId', displayName: 'Return', searchMethod: 'searchReturns', idPattern: '^\\d+$', description: "Hive's numeric ID of the return" }),
			path: (id) => encodePath`/returns/${id}`,
		}),
		getManyOperation({
			nouns: 'returns',
			path: '/returns',
			strategy: hivePaging,
			properties: [filtersCollection()],
			query: (params) => createdAtQuery(params),
		}),
	],
};
