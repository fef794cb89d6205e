import { flag, id, text } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { userIdFilter } from './common';

const filters = [
	userIdFilter,
	text('urlId', 'Page URL ID', 'Only notifications about this page'),
	text('fromCommentId', 'From Comment ID', 'Only notifications caused by this comment'),
	flag('viewed', 'Viewed', 'Whether to list only viewed (or only unviewed) notifications'),
	text('type', 'Type', 'A NotificationType, e.g. "ReplyToMe"'),
];

export const notificationOperations: OperationSpec[] = [
	{
		value: 'getAll', name: 'Get Many', action: 'Get many notifications', description: 'List notifications, newest first, in pages of 30',
		operationId: 'GetNotifications', credits: '1', method: 'GET', path: '/api/v1/notifications', query: filters, list: { paging: skipPages('notifications', 30) },
	},
	{
		value: 'count', name: 'Count', action: 'Count notifications',
		description: 'Count notifications with filters; Notification Count → Get is faster and cheaper but unfiltered',
		operationId: 'GetNotificationCount', credits: '2', method: 'GET', path: '/api/v1/notifications/count', query: filters,
	},
	{
		value: 'update', name: 'Update', action: 'Update a notification', description: 'Mark viewed or not, or opt out of notifications for that comment',
		operationId: 'UpdateNotification', credits: '1', method: 'PATCH', path: '/api/v1/notifications/{id}', pathFields: [id('id', 'Notification ID')], query: [userIdFilter], body: 'Changes',
	},
];
