import type { MockRequest, MockResponse } from '../shared';
import { matchesCreatedAt, parseListQuery, type ListQuery, type ListQuerySpec } from './listQuery';
import { badRequest, ok } from './responses';

export interface Page<T> {
	data: T[];
	pagination: { current_page: number; item_count: number; page_count: number; items_per_page: number };
}

/** Hive's collection body. A page past the end is not an error: it has an empty `data`. */
export function paginate<T>(items: T[], page: number, pageSize: number): Page<T> {
	const start = (page - 1) * pageSize;
	return {
		data: items.slice(start, start + pageSize),
		pagination: { current_page: page, item_count: items.length, page_count: Math.ceil(items.length / pageSize), items_per_page: pageSize },
	};
}

/** Hive lists are "ordered by descending creation time"; the id breaks ties so the order is total. */
export function newestFirst<T extends { id: number; created_at: string }>(items: T[]): T[] {
	return [...items].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
}

export interface ListOptions<T> {
	spec: ListQuerySpec;
	pageSize: number;
	/** Extra filtering from the parsed query (e.g. merchant_sku_ids[]). */
	filter?: (item: T, query: ListQuery) => boolean;
	/** How each item is shown (e.g. orders without batches unless `include=batches`). */
	view?: (item: T, query: ListQuery) => unknown;
}

/** GET on a collection: validate the query, filter, sort newest first, cut one page. */
export function listResponse<T extends { id: number; created_at: string }>(req: MockRequest, items: T[], options: ListOptions<T>): MockResponse {
	const parsed = parseListQuery(req.query, options.spec);
	if (!parsed.ok) return badRequest(parsed.problem);
	const query = parsed.value;
	const selected = newestFirst(items).filter(
		(item) => matchesCreatedAt(Date.parse(item.created_at), query.createdAt) && (options.filter?.(item, query) ?? true),
	);
	const page = paginate(selected, query.page, options.pageSize);
	const view = options.view;
	return ok(view ? { ...page, data: page.data.map((item) => view(item, query)) } : page);
}
