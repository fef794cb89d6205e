import { humanize } from './responses';
import type { SkuWritable } from './types';

export type SkuInputMode = 'create' | 'update' | 'upsert';

export interface SkuInput {
	fields: Partial<SkuWritable>;
	errors: string[];
}

type Kind = 'string' | 'integer' | 'number' | 'boolean';

/** Writable SKU fields in the order Hive reports errors (name first, as in its documented 422 example). */
const FIELDS: { name: keyof SkuWritable; kind: Kind; required?: boolean }[] = [
	{ name: 'name', kind: 'string', required: true },
	{ name: 'merchant_sku_id', kind: 'string', required: true },
	{ name: 'barcode', kind: 'string' },
	{ name: 'batch_tracking_enabled', kind: 'boolean' },
	{ name: 'cost_in_cents', kind: 'integer' },
	{ name: 'country_code_of_origin', kind: 'string' },
	{ name: 'hs_code', kind: 'string' },
	{ name: 'image_url', kind: 'string' },
	{ name: 'weight_in_kg', kind: 'number' },
];

export const SKU_WRITABLE_FIELDS = FIELDS.map((field) => field.name);

function problemWith(name: keyof SkuWritable, kind: Kind, value: unknown, required: boolean): string | undefined {
	const label = humanize(name);
	const blank = value === null || (typeof value === 'string' && value.trim() === '');
	if (required && blank) return `${label} can't be blank`;
	if (value === null) return kind === 'boolean' ? `${label} must be true or false` : undefined;
	switch (kind) {
		case 'string':
			if (typeof value !== 'string') return `${label} must be a string`;
			if (name === 'country_code_of_origin' && value.length !== 2) return `${label} is the wrong length (should be 2 characters)`;
			return undefined;
		case 'boolean':
			return typeof value === 'boolean' ? undefined : `${label} must be true or false`;
		default:
			// Strict on purpose: Rails would cast "12" to 12; a JSON client sending strings for numbers has a bug.
			if (typeof value !== 'number' || !Number.isFinite(value)) return `${label} is not a number`;
			if (kind === 'integer' && !Number.isInteger(value)) return `${label} must be an integer`;
			if (value < 0) return `${label} must be greater than or equal to 0`;
			return undefined;
	}
}

/**
 * Reads the writable SKU fields of one JSON object. Unknown and read-only keys are ignored, as Rails' strong
 * parameters do. `create`/`upsert` need name and merchant_sku_id; `update` only checks what is present.
 */
export function readSkuInput(input: Record<string, unknown>, mode: SkuInputMode): SkuInput {
	const fields: Record<string, unknown> = {};
	const errors: string[] = [];
	for (const { name, kind, required } of FIELDS) {
		const present = Object.prototype.hasOwnProperty.call(input, name);
		if (!present) {
			if (required && mode !== 'update') errors.push(`${humanize(name)} can't be blank`);
			continue;
		}
		const problem = problemWith(name, kind, input[name], required ?? false);
		if (problem) errors.push(problem);
		else fields[name] = typeof input[name] === 'string' && required ? (input[name] as string).trim() : input[name];
	}
	return { fields: fields as Partial<SkuWritable>, errors };
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
