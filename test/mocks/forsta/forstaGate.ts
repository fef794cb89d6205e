import { retryAfterSeconds, SlidingWindowLimiter, type Clock, type Middleware, type RateWindow } from '../shared';
import { message } from './forstaContext';
import type { TokenBook } from './tokens';

export interface GateOptions {
	/** false switches the limits off. */
	windows: RateWindow[] | false;
	clock?: Clock;
	/** Forsta's docs name 429, and mention 403, for a rate limit. */
	throttleStatus: 429 | 403;
	/** Whether a refusal says when to come back. Forsta's docs do not promise it. */
	retryAfter: boolean;
}

export interface GateStats {
	/** Requests refused for a rate limit, by API. */
	throttled: Record<string, number>;
}

const API_SCOPES: Record<string, string> = { surveys: 'pub.surveys', hubs: 'pub.hubs' };

/**
 * Before any API route: a valid token (401 otherwise, not counted), the scope of the API (permission 403), then
 * the three windows, counted per client and per API. A refused request is not counted.
 */
export function forstaGate(tokens: TokenBook, options: GateOptions, stats: GateStats): Middleware & { reset(): void } {
	const limiters = new Map<string, SlidingWindowLimiter>();
	const limiterFor = (group: string, windows: RateWindow[]) => {
		let limiter = limiters.get(group);
		if (!limiter) limiters.set(group, (limiter = new SlidingWindowLimiter(windows, options.clock)));
		return limiter;
	};
	const gate: Middleware = (req, next) => {
		const api = /^\/v1\/(surveys|hubs)(\/|$)/.exec(req.path)?.[1];
		if (!api) return next();
		const token = tokens.check(req.headers.authorization);
		if (!token.ok) return token.response;
		if (!token.scopes.has(API_SCOPES[api])) return message(403, `The access token does not grant the scope ${API_SCOPES[api]}.`);
		if (options.windows === false) return next();
		const result = limiterFor(`${token.clientId}|${api}`, options.windows).tryAcquire();
		if (result.allowed) return next();
		stats.throttled[api] = (stats.throttled[api] ?? 0) + 1;
		const full = result.windows.filter((window) => window.used >= window.limit).map((window) => `${window.limit} requests per ${window.windowMs / 1000} s`);
		const headers: Record<string, string> = options.retryAfter ? { 'Retry-After': retryAfterSeconds(result.retryAfterMs) } : {};
		return message(options.throttleStatus, `Rate limit exceeded (${full.join(', ')}).`, headers);
	};
	return Object.assign(gate, { reset: () => limiters.clear() });
}
