import { id } from '../engine/fields';
import { wholeList } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { userIdFilter } from './common';

const subscriptionId = id('id', 'Subscription ID');

export const subscriptionOperations: OperationSpec[] = [
	{
		value: 'getAll', name: 'Get Many', action: 'Get many subscriptions', description: 'List up to 30 subscriptions, newest first',
		operationId: 'GetSubscriptions', credits: '1', method: 'GET', path: '/api/v1/subscriptions', query: [userIdFilter], list: { paging: wholeList('subscriptions') },
	},
	{
		value: 'create', name: 'Create', action: 'Create a subscription', description: 'Subscribe a user to new top-level comments of a page (one per user and page)',
		operationId: 'CreateSubscription', credits: '1', method: 'POST', path: '/api/v1/subscriptions', body: 'Subscription',
	},
	{
		value: 'update', name: 'Update', action: 'Update a subscription', description: 'Change a subscription',
		operationId: 'UpdateSubscription', method: 'PATCH', path: '/api/v1/subscriptions/{id}', pathFields: [subscriptionId], query: [userIdFilter], body: 'Changes',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a subscription', description: 'Remove a subscription',
		operationId: 'DeleteSubscription', credits: '1', method: 'DELETE', path: '/api/v1/subscriptions/{id}', pathFields: [subscriptionId], query: [userIdFilter],
	},
];
