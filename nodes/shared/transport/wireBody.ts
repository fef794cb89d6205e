import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest } from './types';

const BODILESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isEmptyJson(body: ApiRequest['body']): body is IDataObject | IDataObject[] {
	if (body === null || typeof body !== 'object' || Buffer.isBuffer(body)) return false;
	return Array.isArray(body) ? body.length === 0 : Object.keys(body).length === 0;
}

function hasHeader(headers: IDataObject | undefined, name: string): boolean {
	return Object.keys(headers ?? {}).some((key) => key.toLowerCase() === name);
}

/**
 * The body and headers to hand n8n's request helper. n8n drops a body that is an empty object or array, yet `{}` is a
 * complete body for some operations (and a required one in their specs), so an empty JSON body goes as its text, with
 * the JSON content type n8n would otherwise have set.
 */
export function wireBody(request: ApiRequest): { body: ApiRequest['body']; headers: IDataObject | undefined } {
	const { body, headers } = request;
	if (BODILESS_METHODS.has(request.method) || !isEmptyJson(body)) return { body, headers };
	const typed = hasHeader(headers, 'content-type') ? headers : { ...headers, 'Content-Type': 'application/json' };
	return { body: JSON.stringify(body), headers: typed };
}
