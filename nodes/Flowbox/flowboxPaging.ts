import type { IDataObject } from 'n8n-workflow';
import { lastItemCursorPaging, pageNumberPaging, singlePagePaging, type PagingStrategy } from '../shared/pagination';
import { valueAt } from '../shared/pagination/pageItems';

/** The documented default page of the public feed. */
export const FEED_PAGE_SIZE = 29;
/** The posts v2 endpoint returns at most 30 posts a request. */
export const POSTS_V2_PAGE_SIZE = 30;

/**
 * The feed cursor: a JSON object naming the flow, the key of the last post read and its publication time. It is
 * sent as one query value, so the HTTP client URL-encodes it as the documentation asks.
 */
export function feedCursor(flowKey: string, lastPost: IDataObject): string | undefined {
	if (typeof lastPost.key !== 'string' || lastPost.publishedAt === undefined) return undefined;
	const feedKey = typeof lastPost.feedKey === 'string' && lastPost.feedKey ? lastPost.feedKey : flowKey;
	return JSON.stringify({ feedKey, key: lastPost.key, publishedAt: lastPost.publishedAt });
}

/**
 * Posts at `itemsPath`, `postsPerPage` per page, `cursor` built from the last post. Posts carry a `key`, not an `id`:
 * with it, a post handed out twice in one read is emitted once.
 */
function postCursorPaging(itemsPath: string, flowKey: string, pageSize: number): PagingStrategy {
	const cursorOf = (last: IDataObject) => feedCursor(flowKey, last);
	return { ...lastItemCursorPaging({ itemsPath, cursorParam: 'cursor', sizeParam: 'postsPerPage', pageSize, cursorOf }), itemKey: (post) => post.key };
}

/** Public feed v1: posts at the top level. */
export function feedPaging(flowKey: string, pageSize = FEED_PAGE_SIZE): PagingStrategy {
	return postCursorPaging('posts', flowKey, pageSize);
}

/** External API posts v2: the same cursor, posts under `data.posts`. */
export function postsV2Paging(flowKey: string, pageSize = POSTS_V2_PAGE_SIZE): PagingStrategy {
	return postCursorPaging('data.posts', flowKey, pageSize);
}

/** Tags: `page` (from 1) and `limit` (default 50). */
export const tagPaging = pageNumberPaging({ itemsPath: 'data.tags', sizeParam: 'limit', pageSize: 50 });

/** Flows come whole in one response. */
export const flowsList = singlePagePaging({ itemsPath: 'data.flows' });

/**
 * Reviews: `first` per page and `after` for where to go on. The response says whether a next page exists; `after`
 * takes a creation time, so the next page starts after the last review's, unless the response hands out a cursor.
 */
export const reviewPaging = lastItemCursorPaging({
	itemsPath: 'data.reviews',
	cursorParam: 'after',
	sizeParam: 'first',
	pageSize: 50,
	cursorOf(last, body) {
		if (valueAt(body, 'data.hasNextPage') === false) return undefined;
		const cursor = valueAt(body, 'data.endCursor');
		if (typeof cursor === 'string' && cursor) return cursor;
		const created = last.created_at ?? last.createdAt;
		return typeof created === 'string' ? created : undefined;
	},
});
