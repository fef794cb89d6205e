import type { ApiRequest } from '../transport/types';

/** The longest paging value an error quotes: a cursor is no secret, but a long one would bury the message. */
const MAX_SHOWN = 40;

function shown(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/**
 * Where in the list a page request starts, in the request's own terms ("cursor=…", "skip=200"), for an error that
 * names the request; undefined for the first page of a cursor read, which has none.
 */
export function pagePosition(request: ApiRequest, params: readonly string[] | undefined): string | undefined {
	const parts = (params ?? []).flatMap((param) => {
		const value = request.qs?.[param];
		return value === undefined || value === null || value === '' ? [] : [`${param}=${shown(value)}`];
	});
	return parts.length ? parts.join(', ') : undefined;
}
