import { decimal, flag, id, text } from '../engine/fields';
import { skipLimit } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { userIdFilter } from './common';

const badgeId = id('id', 'User Badge ID');

export const userBadgeOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a user badge', description: 'Retrieve one badge assignment by ID',
		operationId: 'GetUserBadge', method: 'GET', path: '/api/v1/user-badges/{id}', pathFields: [badgeId],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many user badges', description: 'List badge assignments (pages of up to 200)',
		operationId: 'GetUserBadges', method: 'GET', path: '/api/v1/user-badges',
		query: [
			userIdFilter,
			text('badgeId', 'Badge ID', 'Only assignments of this badge'),
			decimal('type', 'Badge Type', '0 = comment count, 1 = comment upvotes, 2 = comment replies, …'),
			flag('displayedOnComments', 'Displayed on Comments', 'Whether to list only badges shown (or not shown) on comments'),
		],
		list: { paging: skipLimit('userBadges', 200) },
	},
	{
		value: 'create', name: 'Create', action: 'Create a user badge', description: 'Give a badge of your catalogue to a user',
		operationId: 'CreateUserBadge', method: 'POST', path: '/api/v1/user-badges', body: 'User Badge',
	},
	{
		value: 'update', name: 'Update', action: 'Update a user badge', description: 'Show or hide the badge on the user\'s comments',
		operationId: 'UpdateUserBadge', method: 'PUT', path: '/api/v1/user-badges/{id}', pathFields: [badgeId], body: 'Changes',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a user badge', description: 'Take a badge away from a user',
		operationId: 'DeleteUserBadge', method: 'DELETE', path: '/api/v1/user-badges/{id}', pathFields: [badgeId],
	},
];
