import type { IDataObject } from 'n8n-workflow';
import type { ApiResponse } from '../transport/types';

/** The rows a single-object or list response becomes; an empty body (204) becomes `fallback`. */
export function responseRows(response: ApiResponse, fallback: IDataObject = { success: true }): IDataObject | IDataObject[] {
	const { body } = response;
	if (body === undefined || body === null || body === '') return fallback;
	if (Array.isArray(body)) return body as IDataObject[];
	if (typeof body === 'object') return body as IDataObject;
	return { value: body as string };
}
