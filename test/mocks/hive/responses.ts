import type { MockResponse } from '../shared';
import { BAD_REQUEST } from './constants';

/** Hive's error shape: `{ "success": false, "errors": ["..."] }` (documented for 400, 401 and 422). */
export function hiveErrors(status: number, errors: string[], headers?: Record<string, string>): MockResponse {
	return { status, body: { success: false, errors }, headers };
}

/** 400 with Hive's documented message first and, for people reading logs, what exactly was wrong. */
export function badRequest(detail?: string): MockResponse {
	return hiveErrors(400, detail ? [BAD_REQUEST, detail] : [BAD_REQUEST]);
}

/** Rails' wording for a missing record. */
export function notFound(model: string, id: string): MockResponse {
	return hiveErrors(404, [`Couldn't find ${model} with 'id'=${id}`]);
}

export function unprocessable(errors: string[]): MockResponse {
	return hiveErrors(422, errors);
}

export function ok(body: unknown, status = 200): MockResponse {
	return { status, body };
}

/** Rails' `humanize` of an attribute name, as used in its validation messages (`merchant_sku_id` → `Merchant sku`). */
export function humanize(attribute: string): string {
	const words = attribute.replace(/_id$/, '').replace(/_/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
