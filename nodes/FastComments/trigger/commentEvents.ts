export const COMMENT_EVENTS = [
	{ name: 'Comment Created', value: 'comment-created', description: 'A comment was left or imported' },
	{ name: 'Comment Deleted', value: 'comment-deleted', description: 'A comment was deleted (the payload is the comment as it was)' },
	{ name: 'Comment Updated', value: 'comment-updated', description: 'A comment changed: edited, approved, voted on, …' },
] as const;

export type CommentEvent = (typeof COMMENT_EVENTS)[number]['value'];

const KNOWN = new Set<string>(COMMENT_EVENTS.map((event) => event.value));

export function isCommentEvent(value: unknown): value is CommentEvent {
	return typeof value === 'string' && KNOWN.has(value);
}

/**
 * Which event a call reports. Each subscription's URL names its event (`?event=`); otherwise an event header, and
 * last the method (FastComments sends deletions as DELETE by default).
 */
export function eventOfCall(query: Record<string, unknown>, header: string | undefined, method: string): CommentEvent | undefined {
	const candidates = [query.event, header, method.toUpperCase() === 'DELETE' ? 'comment-deleted' : undefined];
	return candidates.find(isCommentEvent);
}
