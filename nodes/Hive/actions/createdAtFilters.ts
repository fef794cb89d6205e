import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { ItemParameters } from '../../shared/input/itemParameters';

const BOUNDS = [
	{ name: 'createdBefore', label: 'Created Before', operator: 'lt' },
	{ name: 'createdAtOrBefore', label: 'Created At or Before', operator: 'lte' },
	{ name: 'createdAfter', label: 'Created After', operator: 'gt' },
	{ name: 'createdAtOrAfter', label: 'Created At or After', operator: 'gte' },
] as const;

/** The `created_at[lt|lte|gt|gte]` filters every Hive list takes, as date fields. */
export const createdAtFilterFields: INodeProperties[] = BOUNDS.map((bound) => ({
	displayName: bound.label,
	name: bound.name,
	type: 'dateTime',
	default: '',
	description: `Only objects created ${bound.label.replace('Created ', '').toLowerCase()} this moment`,
}));

/** The created_at range of the Filters collection; a value that is not a date names its field before anything is sent. */
export function createdAtQuery(params: ItemParameters, filters: IDataObject = params.collection('filters')): IDataObject {
	const range: IDataObject = {};
	for (const bound of BOUNDS) {
		const value = params.textOf(bound.label, filters[bound.name]);
		if (value === '') continue;
		if (Number.isNaN(Date.parse(value))) throw params.fail(bound.label, `is not a date: "${value}"`);
		range[bound.operator] = value;
	}
	return Object.keys(range).length ? { created_at: range } : {};
}

export function filtersCollection(extra: INodeProperties[] = []): INodeProperties {
	const options = [...extra, ...createdAtFilterFields].sort((a, b) => a.displayName.localeCompare(b.displayName));
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}
