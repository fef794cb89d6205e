import type { IDataObject } from 'n8n-workflow';
import type { ApiClient } from '../transport/apiClient';
import type { ApiRequest } from '../transport/types';
import type { Page, PagingStrategy } from './types';

export interface ReadOptions {
	/** Stop after this many items; undefined reads everything (Return All). */
	limit?: number;
	itemIndex?: number;
}

function requestKey(request: ApiRequest): string {
	const query = Object.entries(request.qs ?? {}).sort(([a], [b]) => a.localeCompare(b));
	return JSON.stringify([request.method, request.url ?? request.path, query, request.body ?? null]);
}

function pageSignature(items: IDataObject[]): string {
	return JSON.stringify([items.length, items[0], items[items.length - 1]]);
}

/**
 * Reads page after page and yields each page's items, up to the limit. Stops on an empty page or when the strategy
 * finds no next page. A next-page request already sent, or a page identical to the one before, is a service fault
 * that would loop forever: it fails with a clear error instead.
 */
export async function* readPages(
	client: ApiClient,
	request: ApiRequest,
	strategy: PagingStrategy,
	options: ReadOptions = {},
): AsyncGenerator<IDataObject[]> {
	const { limit, itemIndex } = options;
	const sent = new Set<string>();
	let previousPage: string | undefined;
	let emitted = 0;
	let next: ApiRequest | undefined = strategy.first(request, limit);
	while (next) {
		const key = requestKey(next);
		if (sent.has(key)) {
			throw client.problem(next, 'the service pointed to a page that was already read, so paging stopped instead of looping', itemIndex);
		}
		sent.add(key);
		const response = await client.send(next, itemIndex);
		let page: Page;
		try {
			page = strategy.read(response, next);
		} catch (error) {
			throw client.problem(next, `the page could not be read: ${(error as Error).message}`, itemIndex);
		}
		if (page.items.length === 0) return;
		const signature = pageSignature(page.items);
		if (signature === previousPage) {
			throw client.problem(next, 'the service returned the same page twice in a row, so paging stopped instead of looping', itemIndex);
		}
		previousPage = signature;
		const room = limit === undefined ? page.items.length : limit - emitted;
		const items = room < page.items.length ? page.items.slice(0, room) : page.items;
		emitted += items.length;
		yield items;
		if (limit !== undefined && emitted >= limit) return;
		next = page.next;
	}
}

/** All items of a paged list (or the first `limit`), in order. */
export async function readAll(client: ApiClient, request: ApiRequest, strategy: PagingStrategy, options: ReadOptions = {}): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	for await (const items of readPages(client, request, strategy, options)) {
		for (const item of items) all.push(item);
	}
	return all;
}
