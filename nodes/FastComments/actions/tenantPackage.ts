import { id } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const packageId = id('id', 'Tenant Package ID');

export const tenantPackageOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a tenant package', description: 'Retrieve one package by ID',
		operationId: 'GetTenantPackage', method: 'GET', path: '/api/v1/tenant-packages/{id}', pathFields: [packageId], credits: '1',
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many tenant packages', description: 'List packages in pages of 100',
		operationId: 'GetTenantPackages', method: 'GET', path: '/api/v1/tenant-packages', list: { paging: skipPages('tenantPackages') }, credits: '1 per 10 returned',
	},
	{
		value: 'create', name: 'Create', action: 'Create a tenant package', description: 'Define limits and prices for tenants you manage',
		operationId: 'CreateTenantPackage', method: 'POST', path: '/api/v1/tenant-packages', body: 'Tenant Package', credits: '1',
	},
	{
		value: 'update', name: 'Update', action: 'Update a tenant package', description: 'Change only the fields given',
		operationId: 'UpdateTenantPackage', method: 'PATCH', path: '/api/v1/tenant-packages/{id}', pathFields: [packageId], body: 'Changes', credits: '1',
	},
	{
		value: 'replace', name: 'Replace', action: 'Replace a tenant package', description: 'Replace the whole package',
		operationId: 'ReplaceTenantPackage', method: 'PUT', path: '/api/v1/tenant-packages/{id}', pathFields: [packageId], body: 'Tenant Package',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a tenant package', description: 'Delete a package no tenant uses',
		operationId: 'DeleteTenantPackage', method: 'DELETE', path: '/api/v1/tenant-packages/{id}', pathFields: [packageId], credits: '5',
	},
];
