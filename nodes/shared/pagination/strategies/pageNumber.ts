import type { ApiRequest } from '../../transport/types';
import { itemsAt, numberAt, withPageSize, withQuery } from '../pageItems';
import type { PagingStrategy } from '../types';

export interface PageNumberOptions {
	itemsPath: string;
	pageParam?: string;
	/** 1 for most APIs; 0 where counting starts at zero (FastComments). */
	firstPage?: number;
	/** Query parameter for the page size, where the API lets the caller choose it. */
	sizeParam?: string;
	pageSize?: number;
	/** Total pages in the response (Hive: `pagination.page_count`). */
	pageCountPath?: string;
	/** Total items in the response (Forsta: `totalCount`). */
	totalItemsPath?: string;
}

/**
 * `page=N` paging. The last page is known from a page count, a total item count, a short page, or (with none of
 * those) an empty page.
 */
export function pageNumberPaging(options: PageNumberOptions): PagingStrategy {
	const pageParam = options.pageParam ?? 'page';
	const firstPage = options.firstPage ?? 1;
	// Without a size parameter, a documented fixed page size still tells a short (last) page.
	// A size parameter left to the server's default (no pageSize) is no number; fall back rather than compute with NaN.
	const sizeOf = (request: ApiRequest) => {
		const asked = options.sizeParam ? Number(request.qs?.[options.sizeParam]) : Number.NaN;
		return Number.isFinite(asked) && asked > 0 ? asked : options.pageSize;
	};
	return {
		first: (request, wanted) =>
			withPageSize(withQuery(request, { [pageParam]: firstPage }), options.sizeParam, options.pageSize, wanted),
		read(response, request) {
			const items = itemsAt(response.body, options.itemsPath);
			const page = Number(request.qs?.[pageParam] ?? firstPage);
			const pagesRead = page - firstPage + 1;
			const size = sizeOf(request);
			const pageCount = numberAt(response.body, options.pageCountPath);
			const totalItems = numberAt(response.body, options.totalItemsPath);
			let more: boolean;
			if (pageCount !== undefined) more = pagesRead < pageCount;
			else if (totalItems !== undefined) more = (pagesRead - 1) * (size ?? items.length) + items.length < totalItems;
			else if (size) more = items.length >= size;
			else more = items.length > 0;
			return { items, next: more ? withQuery(request, { [pageParam]: page + 1 }) : undefined, extent: { items: totalItems, pages: pageCount } };
		},
	};
}
