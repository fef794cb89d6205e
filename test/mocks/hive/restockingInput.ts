import { parseIso8601 } from './dates';
import { humanize } from './responses';
import { isJsonObject } from './skuInput';
import { DELIVERY_OPTIONS, type DeliveryOption, type HiveState, type Sku } from './types';

export interface RestockingItemDraft {
	sku: Sku;
	announced_quantity: number;
	remarks: string | null;
	total_cost_in_cents: number | null;
}

/** Everything a merchant sends for a restocking shipment (create and full replace take the same body). */
export interface RestockingDraft {
	warehouse_id: number;
	estimated_arrival_date: string;
	delivery_option: DeliveryOption;
	tracking_code: string | null;
	po_number: string | null;
	supplier_name: string | null;
	items: RestockingItemDraft[];
}

export type RestockingInput = { ok: true; draft: RestockingDraft } | { ok: false; errors: string[] };

function optionalString(body: Record<string, unknown>, name: string, errors: string[], prefix = ''): string | null {
	const value = body[name];
	if (value === undefined || value === null) return null;
	if (typeof value === 'string') return value;
	errors.push(`${prefix}${humanize(name)} must be a string`);
	return null;
}

function count(value: unknown, label: string, errors: string[], { required, min }: { required: boolean; min: number }): number | null {
	if (value === undefined || value === null) {
		if (required) errors.push(`${label} can't be blank`);
		return null;
	}
	if (typeof value !== 'number' || !Number.isFinite(value)) errors.push(`${label} is not a number`);
	else if (!Number.isInteger(value)) errors.push(`${label} must be an integer`);
	else if (value < min) errors.push(`${label} must be greater than ${min === 0 ? 'or equal to 0' : min - 1}`);
	else return value;
	return null;
}

function readSku(item: Record<string, unknown>, state: HiveState, prefix: string, errors: string[]): Sku | undefined {
	const { sku_id: skuId, merchant_sku_id: merchantSkuId } = item;
	if ((skuId === undefined || skuId === null) && (merchantSkuId === undefined || merchantSkuId === null)) {
		errors.push(`${prefix}Sku can't be blank (give sku_id or merchant_sku_id)`);
		return undefined;
	}
	const byId = skuId === undefined || skuId === null ? undefined : state.skus.find((sku) => sku.id === skuId);
	const byCode = typeof merchantSkuId === 'string' ? state.skus.find((sku) => sku.merchant_sku_id === merchantSkuId) : undefined;
	const found = byId ?? byCode;
	if (!found || (skuId != null && !byId) || (merchantSkuId != null && !byCode)) errors.push(`${prefix}Sku must exist`);
	else if (byId && byCode && byId !== byCode) errors.push(`${prefix}sku_id and merchant_sku_id name different SKUs`);
	else return found;
	return undefined;
}

function readItems(value: unknown, state: HiveState, errors: string[]): RestockingItemDraft[] {
	if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
		errors.push("Restocking shipment items can't be blank");
		return [];
	}
	if (!Array.isArray(value)) {
		errors.push('Restocking shipment items must be a list');
		return [];
	}
	const drafts: RestockingItemDraft[] = [];
	value.forEach((item: unknown, index) => {
		const prefix = `Item ${index + 1}: `;
		if (!isJsonObject(item)) return void errors.push(`${prefix}must be a JSON object`);
		const before = errors.length;
		const sku = readSku(item, state, prefix, errors);
		const announced = count(item.announced_quantity, `${prefix}Announced quantity`, errors, { required: true, min: 1 });
		const cost = count(item.total_cost_in_cents, `${prefix}Total cost in cents`, errors, { required: false, min: 0 });
		const remarks = optionalString(item, 'remarks', errors, prefix);
		if (errors.length === before && sku && announced !== null) drafts.push({ sku, announced_quantity: announced, remarks, total_cost_in_cents: cost });
	});
	return drafts;
}

/** Validates a restocking shipment body with Rails-style messages; nothing is saved here. */
export function readRestockingInput(body: Record<string, unknown>, state: HiveState): RestockingInput {
	const errors: string[] = [];
	const warehouseId = count(body.warehouse_id, 'Warehouse', errors, { required: true, min: 1 });
	if (warehouseId !== null && !state.warehouses.some((warehouse) => warehouse.id === warehouseId)) errors.push('Warehouse must exist');

	const date = body.estimated_arrival_date;
	if (date === undefined || date === null || date === '') errors.push("Estimated arrival date can't be blank");
	else if (typeof date !== 'string' || parseIso8601(date) === undefined) errors.push('Estimated arrival date is not a valid date');

	const option = body.delivery_option;
	if (option === undefined || option === null || option === '') errors.push("Delivery option can't be blank");
	else if (!DELIVERY_OPTIONS.includes(option as DeliveryOption)) errors.push(`Delivery option is not included in the list (${DELIVERY_OPTIONS.join(', ')})`);

	const draft = {
		tracking_code: optionalString(body, 'tracking_code', errors),
		po_number: optionalString(body, 'po_number', errors),
		supplier_name: optionalString(body, 'supplier_name', errors),
		items: readItems(body.restocking_shipment_items, state, errors),
	};
	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		draft: { ...draft, warehouse_id: warehouseId as number, estimated_arrival_date: (date as string).slice(0, 10), delivery_option: option as DeliveryOption },
	};
}
