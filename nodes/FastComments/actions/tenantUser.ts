import { picked, text } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { commentDeleteMode, deleteComments, updateComments } from './common';

const tenantUserId = picked('id', 'Tenant User', 'tenantUser');

export const tenantUserOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a tenant user', description: 'Retrieve one tenant user by ID',
		operationId: 'GetTenantUser', method: 'GET', path: '/api/v1/tenant-users/{id}', pathFields: [tenantUserId], credits: '1',
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many tenant users', description: 'List tenant users in pages of 100',
		operationId: 'GetTenantUsers', method: 'GET', path: '/api/v1/tenant-users', list: { paging: skipPages('tenantUsers') }, credits: '1 per 10 returned',
	},
	{
		value: 'create', name: 'Create', action: 'Create a tenant user', description: 'Add a user your tenant manages (username and email required)',
		operationId: 'CreateTenantUser', method: 'POST', path: '/api/v1/tenant-users', body: 'Tenant User', credits: '1',
	},
	{
		value: 'update', name: 'Update', action: 'Update a tenant user', description: 'Change only the fields given',
		operationId: 'UpdateTenantUser', method: 'PATCH', path: '/api/v1/tenant-users/{id}', pathFields: [tenantUserId], query: [updateComments], body: 'Changes', credits: '1',
	},
	{
		value: 'replace', name: 'Replace', action: 'Replace a tenant user', description: 'Replace the whole tenant user',
		operationId: 'ReplaceTenantUser', method: 'PUT', path: '/api/v1/tenant-users/{id}', pathFields: [tenantUserId], query: [updateComments], body: 'Tenant User', credits: '1',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a tenant user', description: 'Delete a tenant user, optionally with their comments',
		operationId: 'DeleteTenantUser', method: 'DELETE', path: '/api/v1/tenant-users/{id}', pathFields: [tenantUserId], query: [deleteComments, commentDeleteMode],
		credits: '5 (the docs also give 2 with Delete Comments)',
	},
	{
		value: 'sendLoginLink', name: 'Send Login Link', action: 'Send a login link to a tenant user', description: 'Email a sign-in link valid for 30 days',
		operationId: 'SendLoginLink', method: 'POST', path: '/api/v1/tenant-users/{id}/send-login-link', pathFields: [tenantUserId],
		query: [text('redirectURL', 'Redirect URL', 'Where the user lands after signing in')], credits: '10',
	},
];
