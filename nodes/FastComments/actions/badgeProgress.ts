import { id } from '../engine/fields';
import { skipLimit } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { userIdFilter } from './common';

export const badgeProgressOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a badge progress record', description: 'Retrieve one progress record by ID',
		operationId: 'GetUserBadgeProgressById', method: 'GET', path: '/api/v1/user-badge-progress/{id}', pathFields: [id('id', 'Progress ID')],
	},
	{
		value: 'getForUser', name: 'Get for User', action: 'Get the badge progress of a user', description: "Retrieve a user's progress towards badges",
		operationId: 'GetUserBadgeProgressByUserId', method: 'GET', path: '/api/v1/user-badge-progress/user/{userId}', pathFields: [id('userId', 'User ID')],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many badge progress records', description: 'List progress records (pages of up to 200)',
		operationId: 'GetUserBadgeProgressList', method: 'GET', path: '/api/v1/user-badge-progress', query: [userIdFilter],
		list: { paging: skipLimit('userBadgeProgresses', 200) },
	},
];
