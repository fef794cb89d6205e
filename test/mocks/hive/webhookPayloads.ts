import { createHiveState } from './hiveState';
import type { HiveWebhookEvent } from './constants';
import type { HiveReturn, HiveState, RestockingShipment, Shipment } from './types';

/**
 * Hive v1 webhooks carry the changed object itself as the body (docs: "Shipment object", "Restocking shipment
 * object", "Return object"), in the same shape the API returns. These builders copy an object and apply the change.
 */
const exampleState = (): HiveState => createHiveState({ skus: 8, orders: 4, shipments: 4, returns: 3, restockingShipments: 3 });

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** delivery_status_updated: the carrier reported a new delivery status for a shipment. */
export function deliveryStatusUpdatedPayload(shipment?: Shipment, deliveryStatus = 'Delivered'): Shipment {
	const base = copy(shipment ?? exampleState().shipments[0]);
	const delivered = deliveryStatus === 'Delivered';
	return { ...base, status: 'shipped', delivery_status: deliveryStatus, delivered_at: delivered ? base.delivered_at ?? base.shipped_at ?? base.created_at : null };
}

/** shipment_status_updated: the shipment moved on in the fulfilment centre (e.g. packed → shipped). */
export function shipmentStatusUpdatedPayload(shipment?: Shipment, status = 'shipped'): Shipment {
	return { ...copy(shipment ?? exampleState().shipments[0]), status };
}

/** restocking_shipment_status_updated: e.g. shipped → delivered. */
export function restockingShipmentStatusUpdatedPayload(shipment?: RestockingShipment, status: RestockingShipment['status'] = 'delivered'): RestockingShipment {
	return { ...copy(shipment ?? exampleState().restockingShipments[0]), status };
}

/** return_status_updated: e.g. on_the_way → arrived. */
export function returnStatusUpdatedPayload(hiveReturn?: HiveReturn, status: HiveReturn['status'] = 'arrived'): HiveReturn {
	return { ...copy(hiveReturn ?? exampleState().returns[0]), status };
}

/** A documented-shape example body for each event. */
export function exampleHiveWebhookPayload(event: HiveWebhookEvent): Shipment | RestockingShipment | HiveReturn {
	switch (event) {
		case 'delivery_status_updated':
			return deliveryStatusUpdatedPayload();
		case 'shipment_status_updated':
			return shipmentStatusUpdatedPayload();
		case 'restocking_shipment_status_updated':
			return restockingShipmentStatusUpdatedPayload();
		case 'return_status_updated':
			return returnStatusUpdatedPayload();
	}
}
