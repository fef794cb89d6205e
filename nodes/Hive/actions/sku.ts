import type { IDataObject } from 'n8n-workflow';
import { returnAllAndLimit, readList } from '../../shared/operations/listFields';
import { idLocator, WHOLE_NUMBER_ID } from '../../shared/operations/locator';
import { responseRows } from '../../shared/operations/responseRows';
import type { Operation, Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { hivePaging } from '../hivePaging';
import { skuBulkUpsert } from './skuBulkUpsert';
import { compactSku } from './skuCompact';
import { createdAtQuery, filtersCollection } from './createdAtFilters';
import { checkedSkuFields, skuAdditionalFields, skuSchema, skuUpdateFields, skuUpdateSchema, toSkuBody } from './skuFields';

export const skuLocator = idLocator({ name: 'sku', displayName: 'SKU', searchMethod: 'searchSkus', idShape: WHOLE_NUMBER_ID('42'), description: "Hive's numeric ID of the SKU" });

const getMany: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many SKUs',
	description: 'List SKUs, newest first, optionally only some SKU codes or those created in a date range',
	returns: 'the SKUs, one item each: id, merchant_sku_id, name, status and stock (inventory in total, per warehouse and per batch)',
	properties: [
		...returnAllAndLimit(),
		filtersCollection([
			{
				displayName: 'Merchant SKU IDs',
				name: 'merchantSkuIds',
				type: 'string',
				default: '',
				description: 'Only these SKU codes, separated by commas',
			},
		]),
	],
	run: async (input) => {
		const filters = input.params.collection('filters');
		const ids = input.params.listOf('Merchant SKU IDs', filters.merchantSkuIds);
		const qs: IDataObject = { ...createdAtQuery(input.params, filters) };
		if (ids.length) qs.merchant_sku_ids = ids;
		return await readList(input, { method: 'GET', path: '/skus', qs }, hivePaging);
	},
};

const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a SKU',
	description: 'Add a product to your Hive catalogue, with your own SKU code',
	returns: 'the new SKU as one item, with its Hive id',
	properties: [
		{ displayName: 'Merchant SKU ID', name: 'merchantSkuId', type: 'string', required: true, default: '', description: 'Your own SKU code' },
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Name of the SKU' },
		skuAdditionalFields,
	],
	run: async ({ client, params, itemIndex }) => {
		const merchantSkuId = params.string('merchantSkuId', 'Merchant SKU ID');
		const name = params.string('name', 'Name');
		if (!merchantSkuId) throw params.fail('Merchant SKU ID', 'is required');
		if (!name) throw params.fail('Name', 'is required');
		const values = { ...params.collection('additionalFields'), merchantSkuId, name };
		const body = checkedSkuFields(params, 'Additional Fields', toSkuBody(values), skuSchema);
		return responseRows(await client.send({ method: 'POST', path: '/skus', body }, itemIndex));
	},
};

const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update a SKU',
	description: 'Change some fields of a SKU; fields you do not add keep their value',
	returns: 'the updated SKU as one item',
	properties: [skuLocator, skuUpdateFields],
	run: async ({ client, params, itemIndex }) => {
		const id = params.locatorId(skuLocator);
		const body = checkedSkuFields(params, 'Update Fields', toSkuBody(params.collection('updateFields')), skuUpdateSchema);
		if (Object.keys(body).length === 0) throw params.fail('Update Fields', 'is empty; add at least one field to change');
		return responseRows(await client.send({ method: 'PATCH', path: encodePath`/skus/${id}`, body }, itemIndex));
	},
};

const remove: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a SKU',
	description: 'Mark a SKU as deleted (a soft delete)',
	returns: 'one item: the SKU as Hive answers, or { id, deleted: true } when Hive answers without a body',
	properties: [
		{
			displayName:
				'Hive only marks the SKU as "deleted"; creating, updating or bulk upserting it again sets it back to "active"',
			name: 'softDeleteNotice',
			type: 'notice',
			default: '',
		},
		skuLocator,
	],
	run: async ({ client, params, itemIndex }) => {
		const id = params.locatorId(skuLocator);
		return responseRows(await client.send({ method: 'DELETE', path: encodePath`/skus/${id}` }, itemIndex), { id, deleted: true });
	},
};

export const skuResource: Resource = {
	value: 'sku',
	name: 'SKU',
	operations: [skuBulkUpsert, create, remove, getMany, update],
	compactForTool: compactSku,
};
