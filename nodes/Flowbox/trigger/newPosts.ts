import type { IDataObject } from 'n8n-workflow';

/** What the trigger keeps in the workflow's static data between polls (and restarts). */
export interface PollState {
	flowKey?: string;
	/** Keys of posts already seen, newest first. */
	seen?: string[];
}

/** Enough memory for posts that move back into the checked window (e.g. approved late) not to come out twice. */
export const MIN_SEEN_KEPT = 1000;

const keyOf = (post: IDataObject): string | undefined => (typeof post.key === 'string' && post.key ? post.key : undefined);

function publishedTime(post: IDataObject): number {
	const time = Date.parse(String(post.publishedAt ?? ''));
	return Number.isNaN(time) ? 0 : time;
}

/** Posts whose key was not seen before, oldest first (the feed lists newest first). Posts without a key are skipped. */
export function unseenPosts(posts: IDataObject[], seen: readonly string[]): IDataObject[] {
	const known = new Set(seen);
	const fresh = new Map<string, IDataObject>();
	for (const post of posts) {
		const key = keyOf(post);
		if (key && !known.has(key) && !fresh.has(key)) fresh.set(key, post);
	}
	return [...fresh.values()].reverse().sort((a, b) => publishedTime(a) - publishedTime(b));
}

/** The seen list after a poll: every key just read first, then the older memory, capped. */
export function rememberPosts(posts: IDataObject[], seen: readonly string[], cap: number): string[] {
	const keys = posts.map(keyOf).filter((key): key is string => key !== undefined);
	return [...new Set([...keys, ...seen])].slice(0, Math.max(cap, keys.length));
}
