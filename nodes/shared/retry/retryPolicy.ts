import type { IHttpRequestMethods } from 'n8n-workflow';

/** Attempts, counting the first, before a request refused with 429 is given up. */
export const MAX_ATTEMPTS_WHEN_THROTTLED = 8;

/**
 * The longest Retry-After the engine waits out: longer than any window these services document (Forsta's 15
 * minutes). A longer one is a quota in all but name, so the request fails at once and says when to try again.
 */
export const MAX_RETRY_AFTER_MS = 20 * 60_000;

const IDEMPOTENT_METHODS: IHttpRequestMethods[] = ['GET', 'HEAD', 'PUT', 'DELETE'];

/**
 * Whether a request may be sent again after a 5xx, a timeout or a reset, when the server may already have acted
 * on it. Only idempotent methods, or a POST the service documents as safe to repeat.
 */
export function mayRepeatAfterFault(method: IHttpRequestMethods, documentedSafe = false): boolean {
	return documentedSafe || IDEMPOTENT_METHODS.includes(method);
}
