import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { z } from 'zod';
import { asNodeError } from '../../shared/errors/asNodeError';
import { ItemParameters } from '../../shared/input/itemParameters';
import { errorItem } from '../../shared/operations/errorItem';
import type { BatchRun, Operation } from '../../shared/operations/types';
import { skuSchema, type SkuInput } from './skuFields';

/** Hive accepts at most this many SKUs in one bulk upsert request. */
export const HIVE_BULK_UPSERT_MAX = 100;

interface Entry {
	sku: SkuInput;
	itemIndex: number;
}

function collectEntries({ ctx, items }: BatchRun, failed: INodeExecutionData[]): Entry[] {
	const entries: Entry[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const params = new ItemParameters(ctx, itemIndex);
		try {
			if (params.choice('source', 'Source', ['inputItems', 'json'], 'inputItems') === 'json') {
				const skus = params.checked('SKUs (JSON)', params.parsedJson('skusJson', 'SKUs (JSON)'), z.array(skuSchema).min(1, 'must list at least one SKU'));
				for (const sku of skus) entries.push({ sku, itemIndex });
			} else {
				entries.push({ sku: params.checked(`Input item ${itemIndex + 1}`, items[itemIndex].json, skuSchema), itemIndex });
			}
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(ctx.getNode(), error, itemIndex);
			failed.push(errorItem(error, itemIndex, []));
		}
	}
	return entries;
}

function returnedSkus(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const record = (body ?? {}) as IDataObject;
	const list = record.data ?? record.skus;
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}

/** Each SKU sent comes back as what Hive returned for it, or as a confirmation when Hive returned nothing for it. */
function pairWithInput(batch: Entry[], body: unknown): INodeExecutionData[] {
	const bySkuId = new Map(returnedSkus(body).map((sku) => [String(sku.merchant_sku_id), sku]));
	return batch.map(({ sku, itemIndex }) => ({
		json: bySkuId.get(sku.merchant_sku_id) ?? { merchant_sku_id: sku.merchant_sku_id, upserted: true },
		pairedItem: { item: itemIndex },
	}));
}

async function run(input: BatchRun): Promise<INodeExecutionData[]> {
	const { ctx, client } = input;
	const output: INodeExecutionData[] = [];
	const entries = collectEntries(input, output);
	const batchSize = new ItemParameters(ctx, 0).number('batchSize', 'Batch Size', { min: 1, max: HIVE_BULK_UPSERT_MAX, integer: true });
	let applied = 0;
	for (let start = 0; start < entries.length; start += batchSize) {
		const batch = entries.slice(start, start + batchSize);
		try {
			const response = await client.send({ method: 'POST', path: '/skus/bulk_upsert', body: { skus: batch.map((entry) => entry.sku) } }, batch[0].itemIndex);
			output.push(...pairWithInput(batch, response.body));
			applied += batch.length;
		} catch (error) {
			if (!ctx.continueOnFail()) {
				const nodeError = asNodeError(ctx.getNode(), error, batch[0].itemIndex);
				nodeError.description = `${nodeError.description ?? ''} SKUs ${start + 1}–${start + batch.length} of ${entries.length} failed; ${applied} SKUs before them had already been saved.`.trim();
				throw nodeError;
			}
			for (const entry of batch) output.push(errorItem(error, entry.itemIndex, client.secrets));
		}
	}
	return output;
}

export const skuBulkUpsert: Operation = {
	value: 'bulkUpsert',
	name: 'Bulk Upsert',
	action: 'Create or update many SKUs',
	description: 'Create SKUs that are new and replace those that exist, up to 100 per request',
	returns: 'one item per SKU sent: what Hive returned for it, or a confirmation when Hive returned nothing for it',
	properties: [
		{
			displayName:
				'Bulk upsert replaces existing SKUs: every field you leave out is set to empty (null) at Hive, except Batch Tracking Enabled, which keeps its value unless you send it',
			name: 'nullingNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			options: [
				{ name: 'Each Input Item Is a SKU', value: 'inputItems', description: "Each item's JSON holds one SKU with Hive's field names" },
				{ name: 'SKUs (JSON)', value: 'json', description: 'A JSON list of SKUs in a field' },
			],
			default: 'inputItems',
		},
		{
			displayName: 'SKUs (JSON)',
			name: 'skusJson',
			type: 'json',
			default: '[\n  { "merchant_sku_id": "TSHIRT-M", "name": "T-shirt M" }\n]',
			displayOptions: { show: { source: ['json'] } },
			description: 'A list of SKUs with Hive\'s field names; merchant_sku_id and name are required',
		},
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: HIVE_BULK_UPSERT_MAX },
			default: HIVE_BULK_UPSERT_MAX,
			description: 'SKUs per request; Hive accepts at most 100. Larger inputs are split into several requests.',
		},
	],
	runAll: run,
};
