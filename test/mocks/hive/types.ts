/** Hive Merchant API v1 objects, with the field names of Hive's documentation. */

export interface InventoryCounts {
	stocked: number;
	reserved: number;
	total: number;
}

export interface Warehouse {
	id: number;
	name: string;
	country_code: string;
	city: string;
	created_at: string;
}

export interface SkuInventoryBatch {
	id: number;
	name: string;
	tracking_code: string;
	expiry_date: string;
	stocked_quantities: { warehouse_id: number; quantity: number }[];
}

/** The fields a merchant may write (POST/PATCH /skus, bulk upsert). */
export interface SkuWritable {
	merchant_sku_id: string;
	name: string;
	barcode: string | null;
	batch_tracking_enabled: boolean;
	cost_in_cents: number | null;
	country_code_of_origin: string | null;
	hs_code: string | null;
	image_url: string | null;
	weight_in_kg: number | null;
}

export interface Sku extends SkuWritable {
	id: number;
	created_at: string;
	fulfilled_by: 'hive' | 'other' | 'new';
	status: 'active' | 'deleted';
	dangerous_good: boolean;
	hazardous_good: boolean;
	h_codes: string[];
	un_names: string[];
	inventory: InventoryCounts;
	inventory_per_warehouse: (InventoryCounts & { warehouse_id: number })[];
	inventory_batches: SkuInventoryBatch[];
}

/** A batch an item was (or will be) shipped from; shown on orders only with `include=batches`. */
export interface ItemBatch {
	name: string;
	tracking_code: string;
	expiry_date: string;
	quantity: number;
}

export interface OrderItem {
	sku_id: number;
	merchant_sku_id: string;
	merchant_item_id: string;
	quantity: number;
	price_per_unit_in_cents: number;
	price_per_unit_in_cents_with_discount: number;
	batches: ItemBatch[];
}

export interface Address {
	first_name: string;
	last_name: string;
	full_name: string;
	email: string | null;
	phone: string | null;
	company: string | null;
	line1: string;
	line2: string | null;
	city: string;
	country_code: string;
	postal_code: string;
	parcel_point_id: string | null;
}

export interface Order {
	id: number;
	merchant_order_id: string;
	customer_order_number: string | null;
	status: 'fulfillable' | 'unfulfillable' | 'fulfilled';
	carrier_preference: string | null;
	created_at: string;
	financial_status: 'paid' | 'refunded' | 'pending' | 'failed' | null;
	payment_method: string | null;
	currency: string;
	total_price_in_cents: number;
	total_net_revenue_in_cents: number;
	total_tax_in_cents: number;
	total_net_refunds_in_cents: number;
	total_tax_refunds_in_cents: number;
	shipping_address: Address;
	items: OrderItem[];
	tags: string[];
	custom_metadata: Record<string, unknown> | null;
}

export interface ShipmentItem {
	id: number;
	merchant_item_id: string | null;
	quantity: number;
	sku_id: number;
	merchant_sku_id: string;
	batches: ItemBatch[];
	serial_numbers: { serial_number: string }[];
}

export interface Shipment {
	id: number;
	order_id: number;
	merchant_order_id: string;
	created_at: string;
	shipped_at: string | null;
	delivered_at: string | null;
	status: string;
	delivery_status: string | null;
	shipment_provider: string | null;
	tracking_code: string | null;
	tracking_url: string | null;
	items: ShipmentItem[];
}

export interface ReturnItem {
	id: number;
	sku_id: number;
	merchant_sku_id: string;
	quantity: number;
	customer_return_reason: string | null;
	customer_return_message: string | null;
}

export interface ReturnLineItem {
	id: number;
	sku_id: number;
	merchant_sku_id: string;
	quantity: number;
	condition: 'A' | 'B' | 'C';
	follow_up_action: string;
}

export interface HiveReturn {
	id: number;
	order: { id: number; merchant_order_id: string };
	status: 'on_the_way' | 'arrived' | 'processing' | 'action_required' | 'handling_completed';
	return_reason: string | null;
	return_reason_type: 'active' | 'passive' | null;
	carrier: string | null;
	tracking_code: string | null;
	tracking_url: string | null;
	created_at: string;
	received_at: string | null;
	started_processing_at: string | null;
	completed_handling_at: string | null;
	photos: { url: string }[];
	return_items: ReturnItem[];
	return_line_items: ReturnLineItem[];
}

export interface RestockingShipmentItem {
	id: number;
	sku_id: number;
	merchant_sku_id: string;
	announced_quantity: number;
	/** The three received quantities are only visible (non-null) once the shipment is restocked. */
	arrived_quantity: number | null;
	damaged_quantity: number | null;
	missing_quantity: number | null;
	remarks: string | null;
	total_cost_in_cents: number | null;
	inventory_batches: { id: number; name: string; tracking_code: string; expiry_date: string; arrived_quantity: number }[];
}

export const RESTOCKING_STATUSES = ['created', 'shipped', 'delivered', 'arrived', 'processing', 'restocked', 'cancelled'] as const;
export type RestockingStatus = (typeof RESTOCKING_STATUSES)[number];

export const DELIVERY_OPTIONS = ['postal', 'courier', 'dropoff', 'hive_freight'] as const;
export type DeliveryOption = (typeof DELIVERY_OPTIONS)[number];

export interface RestockingShipment {
	id: number;
	merchant_id: number;
	warehouse_id: number;
	estimated_arrival_date: string;
	delivery_option: DeliveryOption;
	tracking_code: string | null;
	po_number: string | null;
	supplier_name: string | null;
	status: RestockingStatus;
	barcode: string;
	created_at: string;
	restocking_shipment_items: RestockingShipmentItem[];
}

/** Everything the mock holds; routes read and change it in place. */
export interface HiveState {
	warehouses: Warehouse[];
	skus: Sku[];
	orders: Order[];
	shipments: Shipment[];
	returns: HiveReturn[];
	restockingShipments: RestockingShipment[];
	/** Next ids for objects created through the API. */
	nextId: { sku: number; restockingShipment: number; restockingItem: number };
}

export interface HiveSeedCounts {
	warehouses: number;
	skus: number;
	orders: number;
	shipments: number;
	returns: number;
	restockingShipments: number;
}
