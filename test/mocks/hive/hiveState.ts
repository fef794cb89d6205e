import { seedSkus, seedWarehouses } from './seed/seedCatalog';
import { seedReturns, seedShipments } from './seed/seedFulfilment';
import { seedOrders } from './seed/seedOrders';
import { RESTOCKING_ID_BASE, seedRestockingShipments } from './seed/seedRestocking';
import type { HiveSeedCounts, HiveState } from './types';

/** 60 SKUs fill pages of 25 as 25 + 25 + 10, so paging code meets a full page, a short page and the end. */
export const DEFAULT_SEED_COUNTS: HiveSeedCounts = {
	warehouses: 3,
	skus: 60,
	orders: 40,
	shipments: 40,
	returns: 12,
	restockingShipments: 21,
};

/** A fresh, deterministic state: the same counts always give the same ids, names and dates. */
export function createHiveState(counts: Partial<HiveSeedCounts> = {}): HiveState {
	const wanted = { ...DEFAULT_SEED_COUNTS, ...counts };
	for (const [name, value] of Object.entries(wanted)) {
		if (!Number.isInteger(value) || value < 0) throw new Error(`seed count ${name} must be a non-negative integer, got ${value}`);
	}
	const warehouses = seedWarehouses(wanted.warehouses);
	const skus = seedSkus(wanted.skus, warehouses);
	const orders = seedOrders(wanted.orders, skus);
	const restockingShipments = seedRestockingShipments(wanted.restockingShipments, skus, warehouses);
	const lastItemId = Math.max(0, ...restockingShipments.flatMap((shipment) => shipment.restocking_shipment_items.map((item) => item.id)));
	return {
		warehouses,
		skus,
		orders,
		shipments: seedShipments(wanted.shipments, orders),
		returns: seedReturns(wanted.returns, orders),
		restockingShipments,
		nextId: {
			sku: skus.length + 1,
			restockingShipment: RESTOCKING_ID_BASE + restockingShipments.length + 1,
			restockingItem: lastItemId + 1,
		},
	};
}

/** Puts `state` back to its seed in place, so references handed out earlier stay valid. */
export function resetHiveState(state: HiveState, counts: Partial<HiveSeedCounts> = {}): void {
	Object.assign(state, createHiveState(counts));
}
