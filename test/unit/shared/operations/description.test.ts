import type { INodeProperties } from 'n8n-workflow';
import { resourceProperties } from '../../../../nodes/shared/operations/description';
import type { Resource } from '../../../../nodes/shared/operations/types';

const nameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };
const filterField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'string',
	default: '',
	displayOptions: { show: { returnAll: [false] }, hide: { mode: ['raw'] } },
};

const resources: Resource[] = [
	{
		value: 'sku',
		name: 'SKU',
		description: 'Products',
		operations: [
			{ value: 'create', name: 'Create', action: 'Create a SKU', description: 'Create one', properties: [nameField] },
			{ value: 'getAll', name: 'Get Many', action: 'Get many SKUs', description: 'List', properties: [filterField] },
		],
	},
	{ value: 'order', name: 'Order', operations: [{ value: 'get', name: 'Get', action: 'Get an order', description: 'One', properties: [nameField] }] },
];

describe('resourceProperties', () => {
	const properties = resourceProperties(resources);

	it('starts with a Resource dropdown listing every resource, defaulting to the first', () => {
		expect(properties[0]).toMatchObject({
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			default: 'sku',
			options: [
				{ name: 'SKU', value: 'sku', description: 'Products' },
				{ name: 'Order', value: 'order' },
			],
		});
	});

	it('gives each resource an Operation dropdown shown only for it, with actions', () => {
		const selectors = properties.filter((property) => property.name === 'operation');
		expect(selectors).toHaveLength(2);
		expect(selectors[0]).toMatchObject({ displayOptions: { show: { resource: ['sku'] } }, default: 'create' });
		expect(selectors[0].options).toEqual([
			{ name: 'Create', value: 'create', action: 'Create a SKU', description: 'Create one' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many SKUs', description: 'List' },
		]);
		expect(selectors[1]).toMatchObject({ displayOptions: { show: { resource: ['order'] } }, default: 'get' });
	});

	it('shows each field only for its resource and operation, even when two operations share a field name', () => {
		const names = properties.filter((property) => property.name === 'name');
		expect(names.map((property) => property.displayOptions?.show)).toEqual([
			{ resource: ['sku'], operation: ['create'] },
			{ resource: ['order'], operation: ['get'] },
		]);
	});

	it("keeps a field's own show and hide conditions", () => {
		const status = properties.find((property) => property.name === 'status');
		expect(status?.displayOptions).toEqual({ show: { returnAll: [false], resource: ['sku'], operation: ['getAll'] }, hide: { mode: ['raw'] } });
	});

	it('does not change the field definitions it was given', () => {
		expect(nameField.displayOptions).toBeUndefined();
		expect(filterField.displayOptions).toEqual({ show: { returnAll: [false] }, hide: { mode: ['raw'] } });
	});
});
