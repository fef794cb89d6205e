import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import type { ItemParameters } from '../../shared/input/itemParameters';
import { schemaProblem } from '../../shared/input/jsonField';

/** The SKU fields a merchant may write, as Hive documents them (name and merchant_sku_id are required on create). */
export const skuSchema = z
	.object({
		merchant_sku_id: z.string().trim().min(1, 'is required'),
		name: z.string().trim().min(1, 'is required'),
		barcode: z.string().nullable().optional(),
		batch_tracking_enabled: z.boolean().optional(),
		cost_in_cents: z.number().int().safe().nonnegative().nullable().optional(),
		country_code_of_origin: z.string().length(2, 'must be a 2-letter ISO 3166-1 code').nullable().optional(),
		hs_code: z.string().nullable().optional(),
		image_url: z.string().url().nullable().optional(),
		weight_in_kg: z.number().finite().nonnegative().nullable().optional(),
	})
	.strict();

export type SkuInput = z.infer<typeof skuSchema>;

export const skuUpdateSchema = skuSchema.partial().strict();

interface SkuField {
	name: string;
	apiName: keyof SkuInput;
	displayName: string;
	kind: 'string' | 'number' | 'boolean';
	description: string;
}

const OPTIONAL_FIELDS: SkuField[] = [
	{ name: 'barcode', apiName: 'barcode', displayName: 'Barcode', kind: 'string', description: 'Barcode of the SKU' },
	{ name: 'batchTrackingEnabled', apiName: 'batch_tracking_enabled', displayName: 'Batch Tracking Enabled', kind: 'boolean', description: 'Whether Hive tracks batches of this SKU' },
	{ name: 'costInCents', apiName: 'cost_in_cents', displayName: 'Cost in Cents', kind: 'number', description: 'Cost in cents, in the shop\'s currency' },
	{ name: 'countryCodeOfOrigin', apiName: 'country_code_of_origin', displayName: 'Country Code of Origin', kind: 'string', description: '2-letter ISO 3166-1 code, e.g. DE' },
	{ name: 'hsCode', apiName: 'hs_code', displayName: 'HS Code', kind: 'string', description: 'Harmonized System customs code' },
	{ name: 'imageUrl', apiName: 'image_url', displayName: 'Image URL', kind: 'string', description: 'Publicly reachable URL of an image of this SKU' },
	{ name: 'weightInKg', apiName: 'weight_in_kg', displayName: 'Weight in Kg', kind: 'number', description: 'Weight in kilograms' },
];

const IDENTITY_FIELDS: SkuField[] = [
	{ name: 'merchantSkuId', apiName: 'merchant_sku_id', displayName: 'Merchant SKU ID', kind: 'string', description: 'Your own SKU code' },
	{ name: 'name', apiName: 'name', displayName: 'Name', kind: 'string', description: 'Name of the SKU' },
];

function asProperty(field: SkuField): INodeProperties {
	const defaults = { string: '', number: 0, boolean: false } as const;
	const fieldDefault = defaults[field.kind];
	return {
		displayName: field.displayName,
		name: field.name,
		type: field.kind,
		default: fieldDefault,
		description: field.description,
		typeOptions: field.name === 'weightInKg' ? { numberPrecision: 3 } : undefined,
	};
}

export const skuAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: OPTIONAL_FIELDS.map(asProperty),
};

export const skuUpdateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [...IDENTITY_FIELDS, ...OPTIONAL_FIELDS].map(asProperty).sort((a, b) => a.displayName.localeCompare(b.displayName)),
};

const DISPLAY_NAMES = new Map<string, string>([...IDENTITY_FIELDS, ...OPTIONAL_FIELDS].map((field) => [field.apiName, field.displayName]));

/** Checks SKU fields entered in a collection; a problem names the field as the editor shows it, and its collection. */
export function checkedSkuFields<S extends z.ZodTypeAny>(params: ItemParameters, collection: string, body: IDataObject, schema: S): z.infer<S> {
	const result = schema.safeParse(body);
	if (result.success) return result.data;
	const field = DISPLAY_NAMES.get(String(result.error.issues[0].path[0])) ?? collection;
	throw params.fail(field, `in "${collection}" ${schemaProblem(result.error)}`);
}

/** Turns the UI's field names into Hive's (e.g. costInCents → cost_in_cents). */
export function toSkuBody(values: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const field of [...IDENTITY_FIELDS, ...OPTIONAL_FIELDS]) {
		if (values[field.name] !== undefined) body[field.apiName] = values[field.name];
	}
	return body;
}
