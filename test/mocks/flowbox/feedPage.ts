import type { ParsedQuery } from '../shared';
import { parseTime } from './dates';
import type { MockPost } from './types';

export type FeedPage = { posts: MockPost[] } | { error: string };

function single(query: ParsedQuery, name: string): string | undefined {
	const values = query[name];
	return values ? values[values.length - 1] : undefined;
}

/** `postsPerPage`: a whole number from 1 up to `max` (when the endpoint has one). */
export function pageSize(query: ParsedQuery, fallback: number, max?: number): number | string {
	const raw = single(query, 'postsPerPage');
	if (raw === undefined) return fallback;
	const size = Number(raw);
	if (!/^\d+$/.test(raw) || size < 1) return `postsPerPage must be a positive whole number, not "${raw}"`;
	if (max !== undefined && size > max) return `postsPerPage must be at most ${max}`;
	return size;
}

/**
 * The page after a cursor, as the Flowbox docs describe it: the cursor is a JSON object `{feedKey, key,
 * publishedAt}` naming the flow and the last post read. A cursor that is not such an object, or names another
 * flow, is refused: a client that double-encodes it or builds it wrongly fails here, as it would for real.
 */
export function pageAfter(posts: MockPost[], flowKey: string, query: ParsedQuery, size: number): FeedPage {
	const raw = single(query, 'cursor');
	if (raw === undefined || raw === '') return { posts: posts.slice(0, size) };
	let cursor: { feedKey?: unknown; key?: unknown; publishedAt?: unknown };
	try {
		cursor = JSON.parse(raw) as typeof cursor;
	} catch {
		return { error: 'cursor must be a URL-encoded JSON object {feedKey, key, publishedAt}' };
	}
	if (!cursor || typeof cursor !== 'object' || typeof cursor.key !== 'string' || parseTime(cursor.publishedAt) === undefined) {
		return { error: 'cursor must name the key and publishedAt of the last post read' };
	}
	if (cursor.feedKey !== flowKey) return { error: `cursor belongs to flow "${String(cursor.feedKey)}", not "${flowKey}"` };
	const at = posts.findIndex((post) => post.key === cursor.key);
	const cutoff = parseTime(cursor.publishedAt) as number;
	// A post that left the flow since: go on with the first one published before it.
	const start = at >= 0 ? at + 1 : posts.findIndex((post) => (parseTime(post.publishedAt) as number) < cutoff);
	return { posts: start < 0 ? [] : posts.slice(start, start + size) };
}
