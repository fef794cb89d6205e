import { id } from '../engine/fields';
import type { OperationSpec } from '../engine/types';

export const userOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a user', description: 'Retrieve a commenter or Simple SSO user (read-only)',
		operationId: 'GetUser', credits: '1', method: 'GET', path: '/api/v1/users/{id}', pathFields: [id('id', 'User ID')],
	},
];
