import type { IDataObject } from 'n8n-workflow';
import type { ApiClient } from '../transport/apiClient';
import type { ApiRequest } from '../transport/types';
import { pagePosition } from './position';
import { RepeatedStrings } from './repeatedStrings';
import type { ListExtent, Page, PagingStrategy } from './types';

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

const idOf = (item: IDataObject): unknown => item.id;

/** A size the service reported that is smaller than one it reported earlier in the same read, described. */
function shrinkage(before: ListExtent, now: ListExtent | undefined): string | undefined {
	for (const unit of ['items', 'pages'] as const) {
		const was = before[unit];
		const is = now?.[unit];
		if (was !== undefined && is !== undefined && is < was) return `${was} to ${is} ${unit}`;
	}
	return undefined;
}

/** What an item is remembered by; undefined for an item without a key, which is never merged. */
function keyEntry(item: IDataObject, keyOf: (item: IDataObject) => unknown): unknown {
	const key = keyOf(item);
	if (key === undefined || key === null) return undefined;
	// A string or number key is kept as it is (the item's own string, no copy); others by their JSON.
	return typeof key === 'string' || typeof key === 'number' ? key : JSON.stringify(key);
}

/** Drops items whose key is in `seen` and adds the others' keys: inserts push the last item of a page onto the next. */
function unseen(items: IDataObject[], keyOf: (item: IDataObject) => unknown, seen: Set<unknown>): IDataObject[] {
	return items.filter((item) => {
		const entry = keyEntry(item, keyOf);
		if (entry === undefined) return true;
		if (seen.has(entry)) return false;
		seen.add(entry);
		return true;
	});
}

function pageKeys(items: IDataObject[], keyOf: (item: IDataObject) => unknown): Set<unknown> {
	const keys = new Set<unknown>();
	for (const item of items) keys.add(keyEntry(item, keyOf));
	keys.delete(undefined);
	return keys;
}

/**
 * Reads page after page and yields each page's items, up to the limit. Stops on an empty page or when the strategy
 * finds no next page. A next-page request already sent, or a page identical to the one before, is a service fault
 * that would loop forever: it fails with a clear error instead.
 *
 * Lists can change while they are read. An item seen again (an insert pushed it onto the next page) is emitted
 * once. A list the service says has shrunk (a delete pulled items back onto pages already read) may have lost items
 * from the read, which no client can recover: that read fails and says so, rather than return partial data.
 */
export async function* readPages(
	client: ApiClient,
	request: ApiRequest,
	strategy: PagingStrategy,
	options: ReadOptions = {},
): AsyncGenerator<IDataObject[]> {
	const { limit, itemIndex } = options;
	const sent = new Set<string>();
	let emittedKeys = new Set<unknown>();
	const keyOf = strategy.itemKey ?? idOf;
	const keepAllKeys = strategy.repeatsFrom !== 'previousPage';
	const largest: ListExtent = {};
	const repeated = new RepeatedStrings();
	let previousPage: string | undefined;
	let emitted = 0;
	let pagesRead = 0;
	let next: ApiRequest | undefined = strategy.first(request, limit);
	while (next) {
		const key = requestKey(next);
		if (sent.has(key)) {
			throw client.problem(next, 'the service pointed to a page that was already read, so paging stopped instead of looping', itemIndex);
		}
		sent.add(key);
		// The progress lets an error after retries say how far the read had got.
		const response = await client.send(next, itemIndex, { page: pagesRead + 1, position: pagePosition(next, strategy.positionParams), pagesRead, itemsRead: emitted });
		pagesRead++;
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
		const shrunk = shrinkage(largest, page.extent);
		if (shrunk) {
			throw client.problem(
				next,
				`the list shrank from ${shrunk} while it was read, so items may have moved onto pages already read and been missed; the read stopped instead of returning partial data. Run it again, or narrow it with a filter`,
				itemIndex,
			);
		}
		for (const unit of ['items', 'pages'] as const) largest[unit] = Math.max(largest[unit] ?? 0, page.extent?.[unit] ?? 0) || undefined;
		const fresh = unseen(page.items, keyOf, emittedKeys);
		if (!keepAllKeys) emittedKeys = pageKeys(page.items, keyOf);
		const room = limit === undefined ? fresh.length : limit - emitted;
		const items = room < fresh.length ? fresh.slice(0, room) : fresh;
		emitted += items.length;
		repeated.share(items);
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
