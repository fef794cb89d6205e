import { decimal, id, text } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const filters = [
	text('commentId', 'Comment ID', 'Only events about this comment'),
	text('externalId', 'External ID', 'Only events about the comment with this external ID'),
	text('eventType', 'Event Type', 'An OutboundSyncEventType'),
	text('type', 'Type', 'An OutboundSyncType'),
	text('domain', 'Domain', 'Only events for this domain'),
	decimal('attemptCountGT', 'Attempts More Than', 'Only events tried more often than this'),
];

export const pendingWebhookEventOperations: OperationSpec[] = [
	{
		value: 'getAll', name: 'Get Many', action: 'Get many pending webhook events', description: 'List queued webhook events, newest first, in pages of 100',
		operationId: 'GetPendingWebhookEvents', method: 'GET', path: '/api/v1/pending-webhook-events', query: filters,
		list: { paging: skipPages('pendingWebhookEvents') }, credits: '2',
	},
	{
		value: 'count', name: 'Count', action: 'Count pending webhook events', description: 'Count queued webhook events, e.g. for monitoring',
		operationId: 'GetPendingWebhookEventCount', method: 'GET', path: '/api/v1/pending-webhook-events/count', query: filters, credits: '2',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a pending webhook event', description: 'Remove an event from the queue',
		operationId: 'DeletePendingWebhookEvent', method: 'DELETE', path: '/api/v1/pending-webhook-events/{id}', pathFields: [id('id', 'Event ID')], credits: '1',
	},
];
