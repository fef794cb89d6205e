import { id } from '../engine/fields';
import { wholeList } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const domain = id('domain', 'Domain', 'e.g. blog.example.com');
const domainToUpdate = id('domainToUpdate', 'Domain', 'e.g. blog.example.com');

export const domainConfigOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a domain config', description: 'Retrieve the configuration of one domain',
		operationId: 'GetDomainConfig', credits: '1', method: 'GET', path: '/api/v1/domain-configs/{domain}', pathFields: [domain],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many domain configs', description: 'List the configuration of every domain (one response)',
		operationId: 'GetDomainConfigs', credits: '1', method: 'GET', path: '/api/v1/domain-configs', list: { paging: wholeList('configurations') },
	},
	{
		value: 'create', name: 'Create', action: 'Create a domain config', description: 'Authorise a domain for FastComments and configure its emails',
		operationId: 'AddDomainConfig', credits: '1', method: 'POST', path: '/api/v1/domain-configs', body: 'Domain Config',
	},
	{
		value: 'update', name: 'Update', action: 'Update a domain config', description: 'Change only the fields given',
		operationId: 'PatchDomainConfig', credits: '1', method: 'PATCH', path: '/api/v1/domain-configs/{domainToUpdate}', pathFields: [domainToUpdate], body: 'Changes',
	},
	{
		value: 'replace', name: 'Replace', action: 'Replace a domain config', description: 'Replace the whole configuration',
		operationId: 'PutDomainConfig', credits: '1', method: 'PUT', path: '/api/v1/domain-configs/{domainToUpdate}', pathFields: [domainToUpdate], body: 'Domain Config',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a domain config', description: 'Remove a domain: FastComments stops working on it',
		operationId: 'DeleteDomainConfig', credits: '1', method: 'DELETE', path: '/api/v1/domain-configs/{domain}', pathFields: [domain],
	},
];
