import { readList, returnAllAndLimit } from '../../shared/operations/listFields';
import type { Resource } from '../../shared/operations/types';
import { flowsList } from '../flowboxPaging';

const EXTRA_FIELDS = [
	{ name: 'Deleted', value: 'deleted', description: 'Whether the flow was deleted' },
	{ name: 'Embed Version', value: 'embedVersion', description: 'The published embed version (v1 or v2)' },
	{ name: 'Is Master Flow', value: 'isMasterFlow', description: 'Whether the flow is a collection flow' },
];

export const flowResource: Resource = {
	value: 'flow',
	name: 'Flow',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many flows',
			description: 'List the flows of the account: key, name and type',
			returns: 'the flows, one item each: key, name, type (static, product or tag) and the Extra Fields asked for',
			properties: [
				...returnAllAndLimit(),
				{
					displayName: 'Extra Fields',
					name: 'fields',
					type: 'multiOptions',
					options: EXTRA_FIELDS,
					default: [],
					description: 'Fields Flowbox adds to each flow only when asked',
				},
			],
			run: async (input) => {
				const { params } = input;
				const allowed = EXTRA_FIELDS.map((option) => option.value);
				const fields = params
					.listOf('Extra Fields', params.raw('fields', []))
					.map((field) => params.oneOf('Extra Fields', field, allowed))
					.join(',');
				return await readList(input, { method: 'GET', path: '/v2/flows', qs: fields ? { fields } : undefined }, flowsList);
			},
		},
	],
};
