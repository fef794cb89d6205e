import type { INodeProperties } from 'n8n-workflow';

/** An id field the user can pick from a searchable list or type in, checked against `idPattern` in the editor. */
export function idLocator(options: {
	name: string;
	displayName: string;
	searchMethod: string;
	idPattern?: string;
	idPlaceholder?: string;
	description?: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder ?? 'e.g. 42',
				validation: options.idPattern
					? [{ type: 'regex', properties: { regex: options.idPattern, errorMessage: `Not a valid ${options.displayName}` } }]
					: undefined,
			},
		],
	};
}
