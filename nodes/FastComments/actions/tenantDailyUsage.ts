import { integer } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

export const tenantDailyUsageOperations: OperationSpec[] = [
	{
		value: 'getAll', name: 'Get Many', action: 'Get many daily usage records', description: 'Usage per day (days without activity are absent), oldest first, up to 365 per page',
		operationId: 'GetTenantDailyUsages', method: 'GET', path: '/api/v1/tenant-daily-usage',
		query: [integer('yearNumber', 'Year', 'e.g. 2025', { min: 2000 }), integer('monthNumber', 'Month', '1-12', { min: 1, max: 12 }), integer('dayNumber', 'Day', '1-31', { min: 1, max: 31 })],
		list: { paging: skipPages('tenantDailyUsages', 365) }, credits: '1 per 10 records returned',
	},
];
