import { getManyOperation, getOperation } from '../../shared/operations/standardOperations';
import { idLocator, WHOLE_NUMBER_ID } from '../../shared/operations/locator';
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
			locator: idLocator({ name: 'returnId', displayName: 'Return', searchMethod: 'searchReturns', idShape: WHOLE_NUMBER_ID('42'), description: "Hive's numeric ID of the return" }),
			path: (id) => encodePath`/returns/${id}`,
			returns: 'the return as one item: id, order, status, return_reason, carrier, tracking, dates, return_items and return_line_items (with their condition)',
		}),
		getManyOperation({
			nouns: 'returns',
			path: '/returns',
			strategy: hivePaging,
			description: 'List the returns of your orders, newest first, optionally only those created in a date range',
			returns: 'the returns, one item each, with the fields of Get a return',
			properties: [filtersCollection()],
			query: (params) => createdAtQuery(params),
		}),
	],
};
