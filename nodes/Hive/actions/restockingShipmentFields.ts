import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import type { ItemParameters } from '../../shared/input/itemParameters';
import { idLocator, WHOLE_NUMBER_ID } from '../../shared/operations/locator';

const itemSchema = z
	.object({
		sku_id: z.number().int().safe().positive().optional(),
		merchant_sku_id: z.string().min(1).optional(),
		announced_quantity: z.number().int().safe().positive(),
		remarks: z.string().optional(),
		total_cost_in_cents: z.number().int().safe().nonnegative().optional(),
	})
	.strict()
	.refine((item) => item.sku_id !== undefined || item.merchant_sku_id !== undefined, 'needs sku_id or merchant_sku_id');

const itemsSchema = z.array(itemSchema).min(1, 'must list at least one item');

const DELIVERY_OPTIONS = [
	{ name: 'Courier', value: 'courier' },
	{ name: 'Drop-Off', value: 'dropoff' },
	{ name: 'Hive Freight', value: 'hive_freight' },
	{ name: 'Postal', value: 'postal' },
];

const warehouseLocator = idLocator({ name: 'warehouse', displayName: 'Warehouse', searchMethod: 'searchWarehouses', idShape: WHOLE_NUMBER_ID('42'), description: 'The Hive warehouse the goods go to' });

export const restockingShipmentFields: INodeProperties[] = [
	warehouseLocator,
	{
		displayName: 'Estimated Arrival Date',
		name: 'estimatedArrivalDate',
		type: 'dateTime',
		required: true,
		default: '',
	},
	{
		displayName: 'Delivery Option',
		name: 'deliveryOption',
		type: 'options',
		required: true,
		options: DELIVERY_OPTIONS,
		default: 'postal',
	},
	{
		displayName: 'Items (JSON)',
		name: 'items',
		type: 'json',
		required: true,
		default: '[\n  { "sku_id": 1, "announced_quantity": 10 }\n]',
		description: 'The goods in the shipment: sku_id or merchant_sku_id, announced_quantity, and optionally remarks and total_cost_in_cents',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'PO Number', name: 'poNumber', type: 'string', default: '', description: 'Purchase order number' },
			{ displayName: 'Supplier Name', name: 'supplierName', type: 'string', default: '' },
			{ displayName: 'Tracking Code', name: 'trackingCode', type: 'string', default: '', description: 'Carrier tracking code' },
		],
	},
];

function isoDate(params: ItemParameters): string {
	const raw = params.string('estimatedArrivalDate', 'Estimated Arrival Date');
	if (!raw) throw params.fail('Estimated Arrival Date', 'is required');
	const date = new Date(raw);
	if (Number.isNaN(date.getTime())) throw params.fail('Estimated Arrival Date', `is not a date: "${raw}"`);
	return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : date.toISOString().slice(0, 10);
}

/** Additional Fields: node parameter, Hive's name, label. */
const OPTIONAL_TEXT = [
	['trackingCode', 'tracking_code', 'Tracking Code'],
	['poNumber', 'po_number', 'PO Number'],
	['supplierName', 'supplier_name', 'Supplier Name'],
] as const;

/** The whole restocking shipment as Hive expects it on create and on replace. */
export function restockingShipmentBody(params: ItemParameters): IDataObject {
	const warehouseId = Number(params.locatorId(warehouseLocator));
	if (!Number.isSafeInteger(warehouseId) || warehouseId <= 0) throw params.fail('Warehouse', 'must be a numeric warehouse ID');
	const extra = params.collection('additionalFields');
	const body: IDataObject = {
		warehouse_id: warehouseId,
		estimated_arrival_date: isoDate(params),
		delivery_option: params.choice('deliveryOption', 'Delivery Option', DELIVERY_OPTIONS.map((option) => option.value)),
		restocking_shipment_items: params.json('items', 'Items (JSON)', itemsSchema) as IDataObject[],
	};
	for (const [name, apiName, label] of OPTIONAL_TEXT) {
		const value = params.textOf(label, extra[name]);
		if (value) body[apiName] = value;
	}
	return body;
}
