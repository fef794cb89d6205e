import type { IDataObject } from 'n8n-workflow';
import { offsetPaging, pageNumberPaging, singlePagePaging } from '../../shared/pagination';
import { itemsAt, withQuery } from '../../shared/pagination/pageItems';
import type { PagingStrategy } from '../../shared/pagination/types';

/** `skip` paging over pages of a documented fixed size (100 for most FastComments lists); a short page is the last. */
export function skipPages(itemsPath: string, pageSize = 100): PagingStrategy {
	return offsetPaging({ itemsPath, pageSize });
}

/** `skip` + `limit` paging: we ask for `pageSize` (or fewer when the Limit is near) and skip what was read. */
export function skipLimit(itemsPath: string, pageSize: number): PagingStrategy {
	return offsetPaging({ itemsPath, limitParam: 'limit', pageSize });
}

/** `page` paging from 0, pages of a fixed size (hash tags), or of a size set in FastComments (comments). */
export function pageFromZero(itemsPath: string, pageSize?: number): PagingStrategy {
	return pageNumberPaging({ itemsPath, firstPage: 0, pageSize });
}

/** A list returned whole; Limit is applied here. */
export function wholeList(itemsPath: string): PagingStrategy {
	return singlePagePaging({ itemsPath });
}

/**
 * `skip` paging where the docs give no page size: only an empty page ends the list, so a server page smaller than
 * expected can never end it early.
 */
export function skipUntilEmpty(itemsPath: string): PagingStrategy {
	return {
		first: (request) => withQuery(request, { skip: 0 }),
		read(response, request) {
			const items = itemsAt(response.body, itemsPath);
			const skip = Number(request.qs?.skip ?? 0);
			return { items, next: items.length ? withQuery(request, { skip: skip + items.length }) : undefined };
		},
	};
}

/** Feed posts: the next page starts after the last post's id (`afterId`); an empty page is the last. */
export function afterIdPaging(itemsPath: string): PagingStrategy {
	return {
		first: (request) => request,
		read(response, request) {
			const items = itemsAt(response.body, itemsPath);
			const last = items[items.length - 1];
			const cursor = last?._id ?? last?.id;
			if (typeof cursor !== 'string' || cursor === '') return { items };
			return { items, next: withQuery(request, { afterId: cursor }) };
		},
	};
}

/** Votes come in three lists; they become one list, each vote marked with the list it came from. */
export function groupedLists(paths: string[], groupKey: string): PagingStrategy {
	return {
		first: (request) => request,
		read: (response) => ({
			items: paths.flatMap((path) => itemsAt(response.body, path).map((item): IDataObject => ({ ...item, [groupKey]: path }))),
		}),
	};
}
