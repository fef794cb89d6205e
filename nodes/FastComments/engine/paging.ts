import type { IDataObject } from 'n8n-workflow';
import { pageNumberPaging, singlePagePaging } from '../../shared/pagination';
import { itemsAt, withPageSize, withQuery } from '../../shared/pagination/pageItems';
import type { PagingStrategy } from '../../shared/pagination/types';
import type { ApiRequest } from '../../shared/transport/types';

/** What identifies a FastComments document: `id` on some resources, `_id` on most. */
export function documentKey(item: IDataObject): string | undefined {
	const key = item.id ?? item._id;
	return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

/**
 * The keys of the page just read; the next page must start with one of them. Only one page's worth is kept, here and
 * in readPages (`repeatsFrom: 'previousPage'`), not 100,000 keys for a read of 100,000 comments: more inserts between
 * two page requests than a page holds end the read with the error below rather than go wrong silently.
 */
interface Overlap {
	seen: Set<string>;
}

const MOVED_BACK =
	'the list changed while it was read: an item before this page was deleted, so items may have moved onto pages already read and been missed; the read stopped instead of returning partial data. Run it again, or narrow it with a filter';

/**
 * A page must start with the last item read, or (when inserts before it pushed the list on) with another item of the
 * page before. An item never seen, or no item at all, means items before the read position were deleted: the list moved back.
 */
function checkOverlap(overlap: Overlap | undefined, items: IDataObject[]): void {
	if (!overlap) return;
	const first = items.length ? documentKey(items[0]) : undefined;
	if (first === undefined || !overlap.seen.has(first)) throw new Error(MOVED_BACK);
}

/**
 * `skip` paging in which every next page starts with the last item already read (it is emitted once). FastComments
 * reports no totals, so this overlap is how a read notices that the list moved back under it: a deleted item before
 * the read position would otherwise make the next page silently skip one item. Without keys, or with pages of one,
 * it falls back to plain skipping. A short page is the last.
 */
function overlappingSkip(itemsPath: string, pageSize: number, limitParam?: string): PagingStrategy {
	const expected = new WeakMap<ApiRequest, Overlap>();
	return {
		itemKey: documentKey,
		repeatsFrom: 'previousPage',
		positionParams: ['skip'],
		first: (request, wanted) => withPageSize(withQuery(request, { skip: 0 }), limitParam, pageSize, wanted),
		read(response, request) {
			const items = itemsAt(response.body, itemsPath);
			const overlap = expected.get(request);
			checkOverlap(overlap, items);
			const size = limitParam ? Number(request.qs?.[limitParam]) : pageSize;
			if (items.length < size) return { items };
			const skip = Number(request.qs?.skip ?? 0);
			if (documentKey(items[items.length - 1]) === undefined || size < 2) return { items, next: withQuery(request, { skip: skip + items.length }) };
			const seen = new Set<string>();
			for (const key of items.map(documentKey)) if (key !== undefined) seen.add(key);
			const next = withQuery(request, { skip: skip + items.length - 1 });
			expected.set(next, { seen });
			return { items, next };
		},
	};
}

/** `skip` paging over pages of a documented fixed size (100 for most FastComments lists). */
export function skipPages(itemsPath: string, pageSize = 100): PagingStrategy {
	return overlappingSkip(itemsPath, pageSize);
}

/** `skip` + `limit` paging: we ask for `pageSize` (or fewer when the Limit is near). */
export function skipLimit(itemsPath: string, pageSize: number): PagingStrategy {
	return overlappingSkip(itemsPath, pageSize, 'limit');
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
		positionParams: ['skip'],
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
		positionParams: ['afterId'],
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
