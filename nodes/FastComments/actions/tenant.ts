import { choice, id, text } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const tenantId = id('id', 'Tenant ID');

export const tenantOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a tenant', description: 'Retrieve your tenant or one you manage',
		operationId: 'GetTenant', method: 'GET', path: '/api/v1/tenants/{id}', pathFields: [tenantId], credits: '1',
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many tenants', description: 'List the tenants your tenant manages, in pages of 100',
		operationId: 'GetTenants', method: 'GET', path: '/api/v1/tenants',
		query: [text('meta', 'Meta', 'Only tenants whose meta values match this JSON object, e.g. {"someKey":"some-value"}')],
		list: { paging: skipPages('tenants') }, credits: '1 per 10 tenants returned',
	},
	{
		value: 'create', name: 'Create', action: 'Create a tenant', description: 'Create a white-labelled tenant (name and domain configuration required)',
		operationId: 'CreateTenant', method: 'POST', path: '/api/v1/tenants', body: 'Tenant', credits: '1',
	},
	{
		value: 'update', name: 'Update', action: 'Update a tenant', description: 'Change a tenant',
		operationId: 'UpdateTenant', method: 'PATCH', path: '/api/v1/tenants/{id}', pathFields: [tenantId], body: 'Changes', credits: '1',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a tenant', description: 'Delete a tenant with all its data (users, comments, …); needs Sure',
		operationId: 'DeleteTenant', method: 'DELETE', path: '/api/v1/tenants/{id}', pathFields: [tenantId],
		query: [choice('sure', 'Sure', [{ name: 'Yes, Delete Everything', value: 'true' }], 'FastComments deletes a tenant only when this is set', { required: true })],
		credits: '1000',
	},
];
