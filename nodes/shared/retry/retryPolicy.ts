import type { IHttpRequestMethods } from 'n8n-workflow';

import type { RateWindowSpec } from '../throttle/slidingWindow';

/**
 * Attempts, counting the first, before a request refused with 429 *and a Retry-After* is given up: the service
 * named its wait eight times and was wrong each time. 429s without one follow `throttlePatienceMs` instead.
 */
export const MAX_ATTEMPTS_WHEN_THROTTLED = 8;

/** The longest wait between two tries after a 429 that named no wait. */
export const MAX_UNNAMED_429_WAIT_MS = 60_000;

/**
 * The longest Retry-After the engine waits out: longer than any window these services document (Forsta's 15
 * minutes). A longer one is a quota in all but name, so the request fails at once and says when to try again.
 */
export const MAX_RETRY_AFTER_MS = 20 * 60_000;

/**
 * How long a request keeps being tried through 429s that name no wait: past the longest documented window that is
 * waited out (so a quota another process or app spent frees up in time), plus a minute, at least two minutes,
 * never past MAX_RETRY_AFTER_MS. Forsta: 16 minutes; Hive and Faster Forward: 2 minutes.
 */
export function throttlePatienceMs(windows: readonly RateWindowSpec[]): number {
	const longest = Math.max(0, ...windows.filter((window) => window.whenFull === 'wait').map((window) => window.periodMs));
	return Math.min(MAX_RETRY_AFTER_MS, Math.max(2 * 60_000, longest + 60_000));
}

const IDEMPOTENT_METHODS: IHttpRequestMethods[] = ['GET', 'HEAD', 'PUT', 'DELETE'];

/**
 * Whether a request may be sent again after a 5xx, a timeout or a reset, when the server may already have acted
 * on it. Only idempotent methods, or a POST the service documents as safe to repeat.
 */
export function mayRepeatAfterFault(method: IHttpRequestMethods, documentedSafe = false): boolean {
	return documentedSafe || IDEMPOTENT_METHODS.includes(method);
}
