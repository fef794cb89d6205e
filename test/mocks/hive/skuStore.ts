import { railsTime } from './dates';
import { SKU_WRITABLE_FIELDS } from './skuInput';
import type { HiveState, Sku, SkuWritable } from './types';

/** A new SKU: fields not given are null (batch tracking off), no stock yet, status active. */
export function createSku(state: HiveState, fields: Partial<SkuWritable>, nowMs: number): Sku {
	const sku: Sku = {
		id: state.nextId.sku++,
		merchant_sku_id: '',
		name: '',
		created_at: railsTime(nowMs),
		cost_in_cents: null,
		country_code_of_origin: null,
		hs_code: null,
		barcode: null,
		batch_tracking_enabled: false,
		fulfilled_by: 'hive',
		weight_in_kg: null,
		image_url: null,
		status: 'active',
		dangerous_good: false,
		hazardous_good: false,
		h_codes: [],
		un_names: [],
		inventory: { stocked: 0, reserved: 0, total: 0 },
		inventory_per_warehouse: state.warehouses.map((warehouse) => ({ warehouse_id: warehouse.id, stocked: 0, reserved: 0, total: 0 })),
		inventory_batches: [],
		...fields,
	};
	state.skus.push(sku);
	return sku;
}

/** PATCH semantics: only the given fields change. Any write makes a deleted SKU active again (Hive documents this). */
export function updateSku(sku: Sku, fields: Partial<SkuWritable>): Sku {
	Object.assign(sku, fields, { status: 'active' });
	return sku;
}

/**
 * Bulk-upsert semantics for an existing SKU: every writable field left out becomes null, except
 * batch_tracking_enabled, which keeps its value unless given (both as Hive documents).
 */
export function replaceSku(sku: Sku, fields: Partial<SkuWritable>): Sku {
	const replaced: Record<string, unknown> = {};
	for (const name of SKU_WRITABLE_FIELDS) {
		if (name === 'batch_tracking_enabled') replaced[name] = fields[name] ?? sku.batch_tracking_enabled;
		else replaced[name] = name in fields ? fields[name] : null;
	}
	Object.assign(sku, replaced, { status: 'active' });
	return sku;
}

export function findSkuByMerchantId(state: HiveState, merchantSkuId: string): Sku | undefined {
	return state.skus.find((sku) => sku.merchant_sku_id === merchantSkuId);
}
