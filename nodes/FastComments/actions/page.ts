import { picked } from '../engine/fields';
import { wholeList } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const pageId = picked('id', 'Page', 'page');

export const pageOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a page by URL ID', description: "Retrieve one page by its URL ID (the ID the comment widget is given)",
		operationId: 'GetPageByURLId', credits: '1', method: 'GET', path: '/api/v1/pages/by-url-id', query: [picked('urlId', 'Page URL ID', 'pageUrlId')],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many pages', description: 'List every page of the tenant (returned in one response)',
		operationId: 'GetPages', credits: '10', method: 'GET', path: '/api/v1/pages', list: { paging: wholeList('pages') },
	},
	{
		value: 'create', name: 'Create', action: 'Create a page', description: 'Create a page (e.g. to restrict it to groups) before anyone comments on it',
		operationId: 'AddPage', credits: '1', method: 'POST', path: '/api/v1/pages', body: 'Page',
	},
	{
		value: 'update', name: 'Update', action: 'Update a page', description: "Change a page's fields; its comments follow",
		operationId: 'PatchPage', credits: '1', method: 'PATCH', path: '/api/v1/pages/{id}', pathFields: [pageId], body: 'Changes',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a page', description: 'Delete a page; the widget recreates it when used again with the same URL ID',
		operationId: 'DeletePage', credits: '1', method: 'DELETE', path: '/api/v1/pages/{id}', pathFields: [pageId],
	},
];
