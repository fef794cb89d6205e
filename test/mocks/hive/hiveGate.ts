import { retryAfterSeconds, type Middleware, type SlidingWindowLimiter, type WindowState } from '../shared';
import { AUTHENTICATION_REQUIRED } from './constants';
import { hiveErrors } from './responses';

/** True for `Authorization: Bearer <apiKey>` (scheme case-insensitive, key exact). */
export function hasValidBearer(header: string | string[] | undefined, apiKey: string): boolean {
	if (typeof header !== 'string') return false;
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
	return match !== null && match[1] === apiKey;
}

function rateHeaders(window: WindowState | undefined): Record<string, string> {
	return window ? { 'X-Rate-Limit-Used': String(window.used), 'X-Rate-Limit-Max': String(window.limit) } : {};
}

/**
 * Auth, then the rate limit, before any route runs.
 *
 * A 401 is answered before counting: Hive limits per merchant, and a request without a valid key belongs to no
 * merchant, so it cannot use up that merchant's 100 requests (and a client with a wrong key keeps getting the
 * real cause, 401, rather than a misleading 429). A refused (429) request is not counted either.
 * Every answer carries X-Rate-Limit-Used / X-Rate-Limit-Max (omitted only when the limit is switched off).
 */
export function hiveGate(apiKey: string, limiter: SlidingWindowLimiter | undefined): Middleware {
	return async (req, next) => {
		if (!hasValidBearer(req.headers.authorization, apiKey)) {
			return hiveErrors(401, [AUTHENTICATION_REQUIRED], rateHeaders(limiter?.status()[0]));
		}
		if (!limiter) return next();
		const result = limiter.tryAcquire();
		if (!result.allowed) {
			const wait = retryAfterSeconds(result.retryAfterMs);
			return hiveErrors(429, [`Rate limit exceeded: ${result.windows[0].limit} requests per ${result.windows[0].windowMs / 1000} seconds. Retry after ${wait} seconds.`], {
				...rateHeaders(result.windows[0]),
				'Retry-After': wait,
			});
		}
		const response = await next();
		return { ...response, headers: { ...response.headers, ...rateHeaders(result.windows[0]) } };
	};
}
