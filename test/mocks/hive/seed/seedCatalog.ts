import { DAY_MS, isoDay, railsTime } from '../dates';
import type { Sku, Warehouse } from '../types';

/** Seeds start here and move forward in fixed steps, so ids and dates never depend on the clock. */
export const SEED_EPOCH_MS = Date.UTC(2024, 0, 2, 8, 0, 0);

const WAREHOUSE_SITES = [
	{ name: 'Hive Fulfillment Berlin', city: 'Berlin', country_code: 'DE' },
	{ name: 'Hive Fulfillment Lisbon', city: 'Lisbon', country_code: 'PT' },
	{ name: 'Hive Fulfillment Poznan', city: 'Poznan', country_code: 'PL' },
	{ name: 'Hive Fulfillment Milan', city: 'Milan', country_code: 'IT' },
];

const ADJECTIVES = ['Classic', 'Organic', 'Vintage', 'Urban', 'Alpine', 'Coastal', 'Midnight', 'Sunny', 'Nordic', 'Velvet'];
const PRODUCTS = ['T-Shirt', 'Hoodie', 'Candle', 'Mug', 'Tote Bag', 'Notebook', 'Face Cream', 'Tea Blend', 'Beanie', 'Socks', 'Poster'];
const ORIGINS = ['DE', 'PT', 'CN', 'PL', null] as const;

export function seedWarehouses(count: number): Warehouse[] {
	return Array.from({ length: count }, (_, index) => {
		const site = WAREHOUSE_SITES[index % WAREHOUSE_SITES.length];
		const round = Math.floor(index / WAREHOUSE_SITES.length);
		return {
			id: 21 + index,
			name: round === 0 ? site.name : `${site.name} ${round + 1}`,
			city: site.city,
			country_code: site.country_code,
			created_at: railsTime(SEED_EPOCH_MS - (count - index) * 30 * DAY_MS),
		};
	});
}

/** SKU n (1-based) is created 2 days and 1 hour after SKU n-1: 60 SKUs cover about four months. */
export function skuCreatedAt(n: number): string {
	return railsTime(SEED_EPOCH_MS + n * (2 * DAY_MS + 3_600_000));
}

export function seedSku(n: number, warehouses: Warehouse[]): Sku {
	const name = `${ADJECTIVES[n % ADJECTIVES.length]} ${PRODUCTS[n % PRODUCTS.length]}`;
	const batchTracked = n % 4 === 0;
	// SKUs 4, 14, 24… run low (under 20 units in all), so "which SKUs are low on stock?" has answers.
	const runningLow = n % 10 === 4;
	const perWarehouse = warehouses.map((warehouse, index) => {
		const stocked = runningLow ? (n + index * 3) % 6 : ((n * 37 + index * 11) % 200) + (index === 0 ? 20 : 0);
		const reserved = (n + index) % 7;
		return { warehouse_id: warehouse.id, stocked, reserved, total: stocked + reserved };
	});
	const sum = (key: 'stocked' | 'reserved' | 'total') => perWarehouse.reduce((total, row) => total + row[key], 0);
	return {
		id: n,
		merchant_sku_id: `HIVE-SKU-${String(n).padStart(4, '0')}`,
		name: `${name} #${n}`,
		created_at: skuCreatedAt(n),
		cost_in_cents: n % 5 === 0 ? null : 450 + n * 37,
		country_code_of_origin: ORIGINS[n % ORIGINS.length],
		hs_code: n % 3 === 0 ? null : '6109100010',
		barcode: `40000000${String(n).padStart(5, '0')}`,
		batch_tracking_enabled: batchTracked,
		fulfilled_by: 'hive',
		weight_in_kg: n % 6 === 0 ? null : Math.round((0.1 + (n % 9) * 0.15) * 1000) / 1000,
		image_url: `https://example.com/images/sku-${n}.png`,
		// Every 15th SKU is soft-deleted: Hive keeps listing deleted SKUs, with status "deleted".
		status: n % 15 === 0 ? 'deleted' : 'active',
		dangerous_good: false,
		hazardous_good: false,
		h_codes: [],
		un_names: [],
		inventory: { stocked: sum('stocked'), reserved: sum('reserved'), total: sum('total') },
		inventory_per_warehouse: perWarehouse,
		inventory_batches: batchTracked && warehouses.length > 0
			? [{
					id: 800 + n,
					name: `${name} - ${800 + n}`,
					tracking_code: `LOT-${String(n).padStart(4, '0')}`,
					expiry_date: isoDay(SEED_EPOCH_MS + (365 + n * 3) * DAY_MS),
					stocked_quantities: perWarehouse.map((row) => ({ warehouse_id: row.warehouse_id, quantity: row.stocked })),
				}]
			: [],
	};
}

export function seedSkus(count: number, warehouses: Warehouse[]): Sku[] {
	return Array.from({ length: count }, (_, index) => seedSku(index + 1, warehouses));
}
