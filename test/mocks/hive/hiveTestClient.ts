import { httpRequest, type HttpResult } from '../shared';
import type { HiveMock } from './startHiveMock';

export interface HiveCallOptions {
	body?: unknown;
	/** Defaults to the mock's key; `null` sends no Authorization header. */
	apiKey?: string | null;
	headers?: Record<string, string>;
}

/** Calls the mock's API with a path relative to the base URL, e.g. `hiveCall(mock, 'GET', '/skus?page=2')`. */
export function hiveCall(mock: HiveMock, method: string, path: string, options: HiveCallOptions = {}): Promise<HttpResult> {
	const key = options.apiKey === undefined ? mock.apiKey : options.apiKey;
	const headers: Record<string, string> = { ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...options.headers };
	return httpRequest(`${mock.baseUrl}${path}`, { method, headers, body: options.body });
}

export interface PageBody<T = Record<string, unknown>> {
	data: T[];
	pagination: { current_page: number; item_count: number; page_count: number; items_per_page: number };
}

export const errorsOf = (res: HttpResult): string[] => (res.body as { errors: string[] }).errors;
