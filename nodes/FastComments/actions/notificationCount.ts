import { id } from '../engine/fields';
import type { OperationSpec } from '../engine/types';

const userId = id('id', 'User ID', 'For SSO users: "<tenant id>:<user id>"');

export const notificationCountOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get the unread count of a user', description: "A user's unread notification count; 404 when there is none",
		operationId: 'GetCachedNotificationCount', credits: '1', method: 'GET', path: '/api/v1/notification-count/{id}', pathFields: [userId],
	},
	{
		value: 'delete', name: 'Delete', action: 'Clear the unread count of a user', description: "Clear a user's unread count (the widget's bell)",
		operationId: 'DeleteNotificationCount', credits: '1', method: 'DELETE', path: '/api/v1/notification-count/{id}', pathFields: [userId],
	},
];
