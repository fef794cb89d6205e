import type { IDataObject } from 'n8n-workflow';
import { responseRows } from '../shared/operations/responseRows';
import type { ApiResponse } from '../shared/transport/types';

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
