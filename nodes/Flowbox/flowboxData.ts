import type { IDataObject } from 'n8n-workflow';
import { responseRows } from '../shared/operations/responseRows';
import type { ApiResponse } from '../shared/transport/types';

/** Values a user types as "a, b, c" or gives as a list, as the comma-separated text the External API takes. */
export function commaList(value: unknown): string {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts
		.map((part) => String(part).trim())
		.filter(Boolean)
		.join(',');
}

/**
 * The External API answers `{status, data}`. Output is what `data` holds: `data[key]` when the documents name a key
 * (a list becomes one item per entry), else `data` itself, else the whole body (e.g. `{status, message}`).
 */
export function dataRows(response: ApiResponse, key?: string): IDataObject | IDataObject[] {
	const data = (response.body as { data?: unknown } | undefined)?.data;
	if (data && typeof data === 'object') {
		const inner = key && !Array.isArray(data) ? (data as IDataObject)[key] : undefined;
		if (inner && typeof inner === 'object') return inner as IDataObject | IDataObject[];
		return data as IDataObject | IDataObject[];
	}
	return responseRows(response);
}
