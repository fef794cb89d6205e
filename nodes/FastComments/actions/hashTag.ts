import { id } from '../engine/fields';
import { pageFromZero } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const tag = id('tag', 'Tag', 'The hashtag, e.g. #news (sent URL-encoded)');

export const hashTagOperations: OperationSpec[] = [
	{
		value: 'getAll', name: 'Get Many', action: 'Get many hash tags', description: 'List hashtags by tag, in pages of 100 (page from 0)',
		operationId: 'GetHashTags', credits: '1', method: 'GET', path: '/api/v1/hash-tags', list: { paging: pageFromZero('hashTags', 100) },
	},
	{
		value: 'create', name: 'Create', action: 'Create a hash tag', description: 'Add one hashtag',
		operationId: 'AddHashTag', credits: '1', method: 'POST', path: '/api/v1/hash-tags', body: 'Hash Tag',
	},
	{
		value: 'createMany', name: 'Bulk Create', action: 'Create many hash tags', description: 'Add up to 100 hashtags in one request',
		operationId: 'AddHashTagsBulk', credits: '1', method: 'POST', path: '/api/v1/hash-tags/bulk', body: 'Hash Tags',
	},
	{
		value: 'update', name: 'Update', action: 'Update a hash tag', description: 'Change one hashtag',
		operationId: 'PatchHashTag', credits: '1', method: 'PATCH', path: '/api/v1/hash-tags/{tag}', pathFields: [tag], body: 'Changes',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a hash tag', description: 'Delete a hashtag; comments may create it again',
		operationId: 'DeleteHashTag', credits: '1', method: 'DELETE', path: '/api/v1/hash-tags/{tag}', pathFields: [tag],
	},
];
