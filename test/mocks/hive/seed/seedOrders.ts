import { DAY_MS, railsTime } from '../dates';
import type { ItemBatch, Order, OrderItem, Sku } from '../types';
import { SEED_EPOCH_MS } from './seedCatalog';

const FIRST_NAMES = ['John', 'Maria', 'Jonas', 'Ana', 'Piotr', 'Giulia', 'Lena', 'Tomas'];
const LAST_NAMES = ['Doe', 'Silva', 'Schmidt', 'Kowalski', 'Rossi', 'Meyer', 'Novak', 'Costa'];
const CITIES = [
	{ city: 'Volos', country_code: 'GR', postal_code: '38221', street: 'Kassaveti 69' },
	{ city: 'Berlin', country_code: 'DE', postal_code: '10115', street: 'Invalidenstrasse 12' },
	{ city: 'Porto', country_code: 'PT', postal_code: '4000-123', street: 'Rua das Flores 8' },
	{ city: 'Krakow', country_code: 'PL', postal_code: '30-001', street: 'Florianska 3' },
];
const ORDER_STATUSES: Order['status'][] = ['fulfilled', 'fulfillable', 'fulfilled', 'unfulfillable'];

export const ORDER_ID_BASE = 5000;

/** Order n (1-based) comes 3 days and 2 hours after order n-1, starting a week after the first SKU. */
export function orderCreatedAtMs(n: number): number {
	return SEED_EPOCH_MS + 7 * DAY_MS + n * (3 * DAY_MS + 7_200_000);
}

function batchesFor(sku: Sku, quantity: number): ItemBatch[] {
	return sku.inventory_batches.map((batch) => ({ name: batch.name, tracking_code: batch.tracking_code, expiry_date: batch.expiry_date, quantity }));
}

function orderItems(n: number, skus: Sku[]): OrderItem[] {
	if (skus.length === 0) return [];
	const count = 1 + (n % 3);
	return Array.from({ length: count }, (_, index) => {
		const sku = skus[(n * 7 + index * 13) % skus.length];
		const quantity = 1 + ((n + index) % 4);
		const price = 990 + ((n * 131 + index * 71) % 4000);
		return {
			sku_id: sku.id,
			merchant_sku_id: sku.merchant_sku_id,
			merchant_item_id: String(index + 1),
			quantity,
			price_per_unit_in_cents: price,
			price_per_unit_in_cents_with_discount: n % 5 === 0 ? Math.round(price * 0.9) : price,
			batches: batchesFor(sku, quantity),
		};
	});
}

export function seedOrder(n: number, skus: Sku[]): Order {
	const first = FIRST_NAMES[n % FIRST_NAMES.length];
	const last = LAST_NAMES[(n * 3) % LAST_NAMES.length];
	const place = CITIES[n % CITIES.length];
	const items = orderItems(n, skus);
	const total = items.reduce((sum, item) => sum + item.price_per_unit_in_cents_with_discount * item.quantity, 0);
	const tax = Math.round(total * 0.19);
	const refunded = n % 11 === 0;
	return {
		id: ORDER_ID_BASE + n,
		merchant_order_id: `ORD-${10000 + n}`,
		customer_order_number: n % 6 === 0 ? null : `#${1000 + n}`,
		status: ORDER_STATUSES[n % ORDER_STATUSES.length],
		carrier_preference: n % 3 === 0 ? 'DHL' : null,
		created_at: railsTime(orderCreatedAtMs(n)),
		financial_status: refunded ? 'refunded' : 'paid',
		payment_method: n % 2 === 0 ? 'credit_card' : 'paypal',
		currency: 'EUR',
		total_price_in_cents: total,
		total_net_revenue_in_cents: total - tax,
		total_tax_in_cents: tax,
		total_net_refunds_in_cents: refunded ? total - tax : 0,
		total_tax_refunds_in_cents: refunded ? tax : 0,
		shipping_address: {
			first_name: first,
			last_name: last,
			full_name: `${first} ${last}`,
			email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
			phone: null,
			company: null,
			line1: place.street,
			line2: null,
			city: place.city,
			country_code: place.country_code,
			postal_code: place.postal_code,
			parcel_point_id: n % 4 === 0 ? `PP-${n}` : null,
		},
		items,
		tags: n === 1 ? ['first_order'] : n % 5 === 0 ? ['vip'] : [],
		custom_metadata: n % 7 === 0 ? { channel: 'instagram' } : null,
	};
}

export function seedOrders(count: number, skus: Sku[]): Order[] {
	return Array.from({ length: count }, (_, index) => seedOrder(index + 1, skus));
}
