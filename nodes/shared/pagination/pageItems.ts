import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest } from '../transport/types';

/** Reads a dotted path such as `pagination.page_count`; an empty path is the value itself. */
export function valueAt(value: unknown, path: string): unknown {
	if (path === '') return value;
	return path.split('.').reduce<unknown>((current, key) => {
		if (current && typeof current === 'object') return (current as Record<string, unknown>)[key];
		return undefined;
	}, value);
}

/** The list at `path`, as n8n items; a missing list is an empty page, anything else is a contract break. */
export function itemsAt(body: unknown, path: string): IDataObject[] {
	const list = valueAt(body, path);
	if (list === undefined || list === null) return [];
	if (!Array.isArray(list)) throw new Error(`expected a list at "${path || 'the top level'}" of the response`);
	return list.map((entry) => (entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as IDataObject) : { value: entry as IDataObject[keyof IDataObject] }));
}

export function withQuery(request: ApiRequest, query: IDataObject): ApiRequest {
	return { ...request, qs: { ...(request.qs ?? {}), ...query } };
}

export function numberAt(body: unknown, path: string | undefined): number | undefined {
	if (!path) return undefined;
	const value = Number(valueAt(body, path));
	return Number.isFinite(value) ? value : undefined;
}

/** Asks for a full page, or only as many as are still wanted when that is fewer. */
export function withPageSize(request: ApiRequest, sizeParam: string | undefined, pageSize: number | undefined, wanted: number | undefined): ApiRequest {
	if (!sizeParam || !pageSize) return request;
	const size = wanted === undefined ? pageSize : Math.max(1, Math.min(pageSize, wanted));
	return withQuery(request, { [sizeParam]: size });
}
