import { flag, text } from '../engine/fields';
import type { OperationSpec } from '../engine/types';

/** Aggregations may wait up to 60 s in FastComments' queue and then run up to 5 minutes. */
const AGGREGATION_TIMEOUT_MS = 6 * 60_000 + 30_000;

export const aggregateOperations: OperationSpec[] = [
	{
		value: 'aggregate', name: 'Aggregate', action: 'Aggregate data', description: 'Group and sum, count, average, … the documents of a resource (Comment, Vote, Page, …)',
		operationId: 'Aggregate', method: 'POST', path: '/api/v1/aggregate',
		query: [text('parentTenantId', 'Parent Tenant ID', 'Aggregate over all tenants this tenant manages'), flag('includeStats', 'Include Stats', 'Whether to return statistics about the run')],
		body: 'Aggregation', timeoutMs: AGGREGATION_TIMEOUT_MS, credits: '1 per 500 objects scanned',
	},
];
