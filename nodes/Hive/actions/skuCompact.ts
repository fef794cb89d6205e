import type { IDataObject } from 'n8n-workflow';

/**
 * What a model needs of a SKU to find it and answer about it: its ids, name, status and stock totals. Stock per
 * warehouse and per batch stay out: they make a SKU several times longer (see docs/AI-AGENTS.md).
 */
const COMPACT_SKU_FIELDS = ['id', 'merchant_sku_id', 'name', 'status', 'barcode', 'inventory'];

/** A SKU record's short form for AI agents; anything else (e.g. a bulk upsert's `{ merchant_sku_id, upserted }`) stays as it is. */
export function compactSku(item: IDataObject): IDataObject {
	if (typeof item.merchant_sku_id !== 'string' || item.id === undefined) return item;
	const compact: IDataObject = {};
	for (const field of COMPACT_SKU_FIELDS) if (field in item) compact[field] = item[field];
	return compact;
}
