import { id, picked } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { commentDeleteMode, deleteComments, updateComments } from './common';

const ssoUserId = picked('id', 'SSO User', 'ssoUser');

export const ssoUserOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get an SSO user', description: 'Retrieve one SSO user by ID',
		operationId: 'GetSSOUserById', credits: '1', method: 'GET', path: '/api/v1/sso-users/by-id/{id}', pathFields: [ssoUserId],
	},
	{
		value: 'getByEmail', name: 'Get by Email', action: 'Get an SSO user by email', description: 'Retrieve one SSO user by email address',
		operationId: 'GetSSOUserByEmail', credits: '1', method: 'GET', path: '/api/v1/sso-users/by-email/{email}', pathFields: [id('email', 'Email', 'e.g. name@example.com')],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many SSO users', description: 'List SSO users, in pages of 100 by sign-up date',
		operationId: 'GetSSOUsers', credits: '10 per call', method: 'GET', path: '/api/v1/sso-users', list: { paging: skipPages('users') },
	},
	{
		value: 'create', name: 'Create', action: 'Create an SSO user', description: 'Add one SSO user; an existing ID is an error',
		operationId: 'AddSSOUser', credits: '1', method: 'POST', path: '/api/v1/sso-users', body: 'SSO User',
	},
	{
		value: 'update', name: 'Update', action: 'Update an SSO user', description: 'Change only the fields given',
		operationId: 'PatchSSOUser', credits: '1', method: 'PATCH', path: '/api/v1/sso-users/{id}', pathFields: [ssoUserId], query: [updateComments], body: 'Changes',
	},
	{
		value: 'replace', name: 'Replace', action: 'Replace an SSO user', description: 'Replace the whole SSO user',
		operationId: 'PutSSOUser', credits: '1', method: 'PUT', path: '/api/v1/sso-users/{id}', pathFields: [ssoUserId], query: [updateComments], body: 'SSO User',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete an SSO user', description: 'Delete an SSO user, optionally with their comments',
		operationId: 'DeleteSSOUser', credits: '1, or 2 with Delete Comments', method: 'DELETE', path: '/api/v1/sso-users/{id}', pathFields: [ssoUserId], query: [deleteComments, commentDeleteMode],
	},
];
