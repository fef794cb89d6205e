import type { IDataObject } from 'n8n-workflow';
import { readList, returnAllAndLimit } from '../../shared/operations/listFields';
import type { Resource } from '../../shared/operations/types';
import { tagPaging } from '../flowboxPaging';
import { collectionField } from '../collectionField';

export const tagResource: Resource = {
	value: 'tag',
	name: 'Tag',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many tags',
			description: 'List the tags of the company, newest first or by name',
			returns: 'the tags, one item each, as { tag: <name> }',
			properties: [
				...returnAllAndLimit(),
				collectionField('Filters', 'filters', 'Add Filter', [
					{
						displayName: 'Approval',
						name: 'isApproved',
						type: 'options',
						options: [
							{ name: 'Approved Only', value: 'true' },
							{ name: 'Not Approved Only', value: 'false' },
						],
						default: 'true',
					},
					{ displayName: 'Post Permalinks', name: 'permalinks', type: 'string', default: '', description: 'Only tags of these posts; permalinks separated by commas' },
				]),
				collectionField('Options', 'options', 'Add Option', [
					{
						displayName: 'Order By',
						name: 'orderBy',
						type: 'options',
						options: [
							{ name: 'Latest Created First', value: 'latest_created_at' },
							{ name: 'Tag Name', value: 'tag_name' },
						],
						default: 'latest_created_at',
					},
				]),
			],
			run: async (input) => {
				const { params } = input;
				const filters = params.collection('filters');
				const qs: IDataObject = {};
				if (filters.isApproved !== undefined) qs.is_approved = params.oneOf('Approval', filters.isApproved, ['true', 'false']);
				// Order By moved from Filters to Options; workflows saved before still have it under Filters.
				const orderBy = params.collection('options').orderBy ?? filters.orderBy;
				if (orderBy !== undefined) qs.order_by = params.oneOf('Order By', orderBy, ['latest_created_at', 'tag_name']);
				const permalinks = params.listOf('Post Permalinks', filters.permalinks).join(',');
				if (permalinks) qs.permalinks = permalinks;
				const rows = await readList(input, { method: 'GET', path: '/v2/tags', qs }, tagPaging);
				// Tags come as plain strings; each becomes an item with a named field.
				return rows.map((row) => ('value' in row && Object.keys(row).length === 1 ? { tag: row.value } : row));
			},
		},
	],
};
