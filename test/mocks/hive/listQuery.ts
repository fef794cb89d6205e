import { splitRailsKey, type ParsedQuery } from '../shared';
import { parseIso8601 } from './dates';

export const CREATED_AT_OPERATORS = ['lt', 'lte', 'gt', 'gte'] as const;
export type CreatedAtOperator = (typeof CREATED_AT_OPERATORS)[number];

/** What one list endpoint understands besides `page`. */
export interface ListQuerySpec {
	/** Collections take `page` (the default); single objects do not. */
	page?: boolean;
	createdAt?: boolean;
	merchantSkuIds?: boolean;
	/** Values `include=` may take (orders: `batches`). */
	include?: readonly string[];
}

export interface ListQuery {
	page: number;
	createdAt: Partial<Record<CreatedAtOperator, number>>;
	merchantSkuIds?: string[];
	include?: string;
}

export type ListQueryResult = { ok: true; value: ListQuery } | { ok: false, problem: string };

function single(key: string, values: string[]): string {
	// Rails would silently keep the last of repeated scalars; a client sending two is confused, so say so.
	if (values.length !== 1) throw new Error(`"${key}" was sent ${values.length} times; send it once`);
	return values[0];
}

/**
 * Reads a list query the way Hive's Rails API understands it, and refuses everything else with a reason.
 *
 * Deliberately stricter than Rails: Rails ignores keys it does not know and misreads some forms
 * (`merchant_sku_ids[0]=x` becomes a hash, `merchant_sku_ids=x` a string), which a real client would only notice
 * as "the filter did nothing". Refusing them with 400 makes such client bugs fail loudly in tests.
 */
export function parseListQuery(query: ParsedQuery, spec: ListQuerySpec): ListQueryResult {
	const value: ListQuery = { page: 1, createdAt: {} };
	try {
		for (const [key, values] of Object.entries(query)) {
			const parsed = splitRailsKey(key);
			if (!parsed) throw new Error(`malformed parameter name "${key}"`);
			const { base, subkeys } = parsed;
			if (base === 'page' && subkeys.length === 0 && spec.page !== false) {
				const text = single(key, values);
				if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(`page must be an integer of 1 or more, got "${text}"`);
				value.page = Number(text);
			} else if (base === 'created_at' && spec.createdAt) {
				const operator = subkeys[0] as CreatedAtOperator;
				if (subkeys.length !== 1 || !CREATED_AT_OPERATORS.includes(operator)) {
					throw new Error(`unsupported filter "${key}"; use created_at[lt], created_at[lte], created_at[gt] or created_at[gte]`);
				}
				const text = single(key, values);
				const ms = parseIso8601(text);
				if (ms === undefined) throw new Error(`${key} must be an ISO 8601 date or date-time, got "${text}" (a '+' in an offset must be sent as %2B)`);
				value.createdAt[operator] = ms;
			} else if (base === 'merchant_sku_ids' && spec.merchantSkuIds) {
				if (subkeys.length !== 1 || subkeys[0] !== '') {
					throw new Error(`unsupported filter "${key}"; send each id as merchant_sku_ids[]=<id>`);
				}
				value.merchantSkuIds = [...(value.merchantSkuIds ?? []), ...values];
			} else if (base === 'include' && spec.include && subkeys.length === 0) {
				const text = single(key, values);
				if (!spec.include.includes(text)) throw new Error(`include must be one of: ${spec.include.join(', ')}; got "${text}"`);
				value.include = text;
			} else {
				throw new Error(`unsupported query parameter "${key}"`);
			}
		}
	} catch (error) {
		return { ok: false, problem: (error as Error).message };
	}
	return { ok: true, value };
}

/** Whether a created_at (ms) passes every bound given. */
export function matchesCreatedAt(createdAtMs: number, bounds: ListQuery['createdAt']): boolean {
	if (bounds.lt !== undefined && !(createdAtMs < bounds.lt)) return false;
	if (bounds.lte !== undefined && !(createdAtMs <= bounds.lte)) return false;
	if (bounds.gt !== undefined && !(createdAtMs > bounds.gt)) return false;
	if (bounds.gte !== undefined && !(createdAtMs >= bounds.gte)) return false;
	return true;
}
