import { DAY_MS, isoDay, railsTime } from '../dates';
import { RESTOCKING_STATUSES, DELIVERY_OPTIONS, type RestockingShipment, type RestockingShipmentItem, type Sku, type Warehouse } from '../types';
import { SEED_EPOCH_MS } from './seedCatalog';

export const RESTOCKING_ID_BASE = 300;

/** Restocking shipment n (1-based) is created 4 days and 3 hours after n-1; statuses cycle through all seven. */
export function seedRestockingShipment(n: number, skus: Sku[], warehouses: Warehouse[]): RestockingShipment {
	const id = RESTOCKING_ID_BASE + n;
	const created = SEED_EPOCH_MS + 3 * DAY_MS + n * (4 * DAY_MS + 3 * 3_600_000);
	const status = RESTOCKING_STATUSES[n % RESTOCKING_STATUSES.length];
	const restocked = status === 'restocked';
	const itemCount = skus.length === 0 ? 0 : 1 + (n % 2);
	const items: RestockingShipmentItem[] = Array.from({ length: itemCount }, (_, index) => {
		const sku = skus[(n * 5 + index * 17) % skus.length];
		const announced = 10 * (1 + ((n + index) % 5));
		const damaged = restocked ? index : null;
		const missing = restocked ? (n + index) % 3 : null;
		const arrived = restocked ? announced - (damaged ?? 0) - (missing ?? 0) : null;
		return {
			id: id * 10 + index,
			sku_id: sku.id,
			merchant_sku_id: sku.merchant_sku_id,
			announced_quantity: announced,
			arrived_quantity: arrived,
			damaged_quantity: damaged,
			missing_quantity: missing,
			remarks: index === 0 && n % 3 === 0 ? 'Fragile' : null,
			total_cost_in_cents: n % 4 === 0 ? null : announced * 320,
			inventory_batches: restocked && sku.inventory_batches.length > 0
				? sku.inventory_batches.map((batch) => ({ id: batch.id, name: batch.name, tracking_code: batch.tracking_code, expiry_date: batch.expiry_date, arrived_quantity: arrived ?? 0 }))
				: [],
		};
	});
	return {
		id,
		merchant_id: 1,
		warehouse_id: warehouses.length ? warehouses[n % warehouses.length].id : 0,
		estimated_arrival_date: isoDay(created + 10 * DAY_MS),
		delivery_option: DELIVERY_OPTIONS[n % DELIVERY_OPTIONS.length],
		tracking_code: n % 3 === 0 ? null : `RS-TRK-${1000 + n}`,
		po_number: n % 2 === 0 ? `PO-${2024}-${String(n).padStart(3, '0')}` : null,
		supplier_name: n % 2 === 0 ? 'Acme Supplies' : null,
		status,
		barcode: `RS.${id}`,
		created_at: railsTime(created),
		restocking_shipment_items: items,
	};
}

export function seedRestockingShipments(count: number, skus: Sku[], warehouses: Warehouse[]): RestockingShipment[] {
	return Array.from({ length: count }, (_, index) => seedRestockingShipment(index + 1, skus, warehouses));
}
