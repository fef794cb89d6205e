import { choice, epochMs } from '../engine/fields';
import { auditLogPaging } from '../engine/auditLogPaging';
import type { OperationSpec } from '../engine/types';

export const auditLogOperations: OperationSpec[] = [
	{
		value: 'getAll', name: 'Get Many', action: 'Get many audit log entries', description: 'Read the audit log (Enterprise) in pages of 1,000; entries expire after two years',
		operationId: 'GetAuditLogs', method: 'GET', path: '/api/v1/audit-logs',
		query: [
			choice('order', 'Order', [{ name: 'Newest First', value: 'DESC' }, { name: 'Oldest First', value: 'ASC' }], undefined, { required: true }),
			epochMs('after', 'After', 'Only entries after this time (exclusive)'),
			epochMs('before', 'Before', 'Only entries before this time (exclusive)'),
		],
		list: { paging: auditLogPaging() }, credits: '10 per 1,000 entries',
	},
];
