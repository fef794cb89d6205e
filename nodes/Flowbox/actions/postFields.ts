import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import type { ItemParameters } from '../../shared/input/itemParameters';
import { parseJsonText } from '../../shared/input/jsonField';
import { collectionField } from '../collectionField';

const forType = (...types: string[]) => ({ show: { type: types } });

const FLOW_TYPES = [
	{ name: 'Static', value: 'static', description: 'The approved posts of the flow' },
	{ name: 'Product', value: 'product', description: 'Posts tagged with given products or product categories' },
	{ name: 'Tag', value: 'tag', description: 'Posts with given tags' },
];

export const postListFields: INodeProperties[] = [
	{
		displayName: 'Flow Type',
		name: 'type',
		type: 'options',
		options: FLOW_TYPES,
		default: 'static',
		description: 'The type of the flow, as the Flows panel shows it; it decides which filters apply',
	},
	{
		displayName: 'Product IDs',
		name: 'productIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 712400, 10102952',
		description: 'Catalog product IDs, separated by commas; matching posts come from every flow of the account',
		displayOptions: forType('product'),
	},
	{
		displayName: 'Product Categories',
		name: 'productCategories',
		type: 'string',
		default: '',
		description: 'Product categories, separated by commas',
		displayOptions: forType('product'),
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		description: 'Tags, separated by commas',
		displayOptions: forType('tag'),
	},
	{
		displayName: 'Tag Operator',
		name: 'tagsOperator',
		type: 'options',
		options: [
			{ name: 'Any Tag (OR)', value: 'OR' },
			{ name: 'All Tags (AND)', value: 'AND' },
		],
		default: 'OR',
		displayOptions: forType('tag'),
	},
	collectionField('Options', 'options', 'Add Option', [
		{ displayName: 'Locale', name: 'locale', type: 'string', default: '', placeholder: 'en-gb', description: 'Locale of the products returned with the posts, lowercase; must match one of your catalogs' },
		{
			displayName: 'Additional Query Parameters (JSON)',
			name: 'extraQuery',
			type: 'json',
			default: '{}',
			description: 'Further query parameters of the posts endpoint, sent as given (they override the fields above)',
		},
	]),
];

const extraQuerySchema = z.record(z.union([z.string(), z.number(), z.boolean()]));

/** The query of posts v2, checked against the documented rules before anything is sent. */
export function postListQuery(params: ItemParameters): IDataObject {
	const type = params.choice('type', 'Flow Type', FLOW_TYPES.map((option) => option.value), 'static');
	const qs: IDataObject = { type };
	const list = (name: string, label: string) => params.listOf(label, params.raw(name, '')).join(',');
	if (type === 'product') {
		const productIds = list('productIds', 'Product IDs');
		const productCategories = list('productCategories', 'Product Categories');
		if (!productIds && !productCategories) throw params.fail('Product IDs', 'is empty; a product flow needs Product IDs or Product Categories');
		if (productIds) qs.productIds = productIds;
		if (productCategories) qs.productCategories = productCategories;
	} else if (type === 'tag') {
		const tags = list('tags', 'Tags');
		if (!tags) throw params.fail('Tags', 'is empty; a tag flow needs at least one tag');
		qs.tags = tags;
		qs.tagsOperator = params.choice('tagsOperator', 'Tag Operator', ['OR', 'AND'], 'OR');
	}
	const options = params.collection('options');
	const locale = params.textOf('Locale', options.locale);
	if (locale) qs.locale = locale.toLowerCase();
	if (options.extraQuery !== undefined) {
		const label = 'Additional Query Parameters (JSON)';
		const parsed = typeof options.extraQuery === 'string' ? parseJsonText(options.extraQuery || '{}') : { ok: true as const, value: options.extraQuery };
		if (!parsed.ok) throw params.fail(label, `is not valid JSON: ${parsed.error}`);
		Object.assign(qs, params.checked(label, parsed.value, extraQuerySchema));
	}
	return qs;
}
