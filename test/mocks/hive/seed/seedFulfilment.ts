import { DAY_MS, railsTime } from '../dates';
import type { HiveReturn, Order, Shipment } from '../types';

/** Fulfilment statuses paired with the delivery status a carrier would report at that point. */
const SHIPMENT_STAGES: { status: string; delivery_status: string | null }[] = [
	{ status: 'shipped', delivery_status: 'Delivered' },
	{ status: 'shipped', delivery_status: 'In transit' },
	{ status: 'waiting_for_picking', delivery_status: null },
	{ status: 'shipped', delivery_status: 'Out for delivery' },
	{ status: 'packed', delivery_status: null },
	{ status: 'shipped', delivery_status: 'Information transmitted to the carrier' },
	{ status: 'on_hold', delivery_status: null },
	{ status: 'cancelled', delivery_status: null },
	{ status: 'shipped', delivery_status: 'Action required' },
	{ status: 'shipped', delivery_status: 'Returned to sender' },
];
const PROVIDERS = ['DHL', 'DPD', 'UPS', 'GLS'];
const RETURN_STATUSES: HiveReturn['status'][] = ['handling_completed', 'on_the_way', 'arrived', 'processing', 'action_required'];
const RETURN_REASONS = ['customer_return', 'not_picked_up', 'invalid_address', 'rejected_by_customer', 'customs_documents_missing', 'other'];

export const SHIPMENT_ID_BASE = 7000;
export const RETURN_ID_BASE = 9000;

function trackingUrl(provider: string, code: string): string {
	return `https://tracking.example.com/${provider.toLowerCase()}/${code}`;
}

/** Shipment n (1-based) belongs to order ((n-1) mod orders) and is created two hours after it. */
export function seedShipment(n: number, orders: Order[]): Shipment {
	const order = orders[(n - 1) % orders.length];
	const stage = SHIPMENT_STAGES[n % SHIPMENT_STAGES.length];
	const created = Date.parse(order.created_at) + 2 * 3_600_000;
	const shipped = stage.status === 'shipped';
	const provider = shipped ? PROVIDERS[n % PROVIDERS.length] : null;
	const code = shipped ? `TRK${String(100000 + n)}` : null;
	return {
		id: SHIPMENT_ID_BASE + n,
		order_id: order.id,
		merchant_order_id: order.merchant_order_id,
		created_at: railsTime(created),
		shipped_at: shipped ? railsTime(created + DAY_MS) : null,
		delivered_at: stage.delivery_status === 'Delivered' ? railsTime(created + 3 * DAY_MS) : null,
		status: stage.status,
		delivery_status: stage.delivery_status,
		shipment_provider: provider,
		tracking_code: code,
		tracking_url: provider && code ? trackingUrl(provider, code) : null,
		items: order.items.map((item, index) => ({
			id: (SHIPMENT_ID_BASE + n) * 10 + index,
			merchant_item_id: item.merchant_item_id,
			quantity: item.quantity,
			sku_id: item.sku_id,
			merchant_sku_id: item.merchant_sku_id,
			batches: item.batches.map((batch) => ({ ...batch })),
			serial_numbers: [],
		})),
	};
}

export function seedShipments(count: number, orders: Order[]): Shipment[] {
	if (orders.length === 0) return [];
	return Array.from({ length: count }, (_, index) => seedShipment(index + 1, orders));
}

/** Return n (1-based) is for order ((3n-1) mod orders), created ten days after it. */
export function seedReturn(n: number, orders: Order[]): HiveReturn {
	const order = orders[(3 * n - 1) % orders.length];
	const status = RETURN_STATUSES[n % RETURN_STATUSES.length];
	const created = Date.parse(order.created_at) + 10 * DAY_MS;
	const received = status !== 'on_the_way';
	const handled = status === 'handling_completed';
	const reason = RETURN_REASONS[n % RETURN_REASONS.length];
	const item = order.items[0];
	return {
		id: RETURN_ID_BASE + n,
		order: { id: order.id, merchant_order_id: order.merchant_order_id },
		status,
		return_reason: reason,
		return_reason_type: reason === 'customer_return' ? 'active' : 'passive',
		carrier: n % 4 === 0 ? null : PROVIDERS[n % PROVIDERS.length],
		tracking_code: n % 4 === 0 ? null : `RET${String(200000 + n)}`,
		tracking_url: n % 4 === 0 ? null : trackingUrl(PROVIDERS[n % PROVIDERS.length], `RET${String(200000 + n)}`),
		created_at: railsTime(created),
		received_at: received ? railsTime(created + 2 * DAY_MS) : null,
		started_processing_at: received && status !== 'arrived' ? railsTime(created + 3 * DAY_MS) : null,
		completed_handling_at: handled ? railsTime(created + 4 * DAY_MS) : null,
		photos: received ? [{ url: `https://example.com/returns/${RETURN_ID_BASE + n}/1.jpg` }] : [],
		return_items: item
			? [{ id: (RETURN_ID_BASE + n) * 10, sku_id: item.sku_id, merchant_sku_id: item.merchant_sku_id, quantity: 1, customer_return_reason: reason === 'customer_return' ? 'does_not_fit' : null, customer_return_message: null }]
			: [],
		return_line_items: handled && item
			? [{ id: (RETURN_ID_BASE + n) * 10 + 1, sku_id: item.sku_id, merchant_sku_id: item.merchant_sku_id, quantity: 1, condition: 'A', follow_up_action: 'restock' }]
			: [],
	};
}

export function seedReturns(count: number, orders: Order[]): HiveReturn[] {
	if (orders.length === 0) return [];
	return Array.from({ length: count }, (_, index) => seedReturn(index + 1, orders));
}
