import type { Middleware, SlidingWindowLimiter } from '../shared';
import { PER_DAY_BODY, PER_SECOND_BODY, tooLargeBody } from './constants';
import type { TokenAuthority } from './tokenAuthority';

export interface GateCounts {
	perSecond429: number;
	daily429: number;
	tooLarge400: number;
}

/**
 * In front of every API route (not the token endpoint): the documented body limit, a live bearer token, then the
 * two documented rate limits. A refused request is not counted against the limits.
 */
export function apiGate(tokens: TokenAuthority, limiter: SlidingWindowLimiter | undefined, bodyLimit: number, counts: GateCounts): Middleware {
	return async (req, next) => {
		if (req.path === '/oauth/access_token') return next();
		const size = Buffer.byteLength(req.rawBody);
		if (size > bodyLimit) {
			counts.tooLarge400++;
			return { status: 400, body: { ...tooLargeBody(size), toegestaan: `${bodyLimit} bytes` } };
		}
		const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
		if (!bearer || !tokens.holder(bearer[1])) return { status: 401, body: { error: 'Unauthenticated.' } };
		if (limiter) {
			const result = limiter.tryAcquire();
			if (!result.allowed) {
				const daily = result.windows[1] && result.windows[1].used >= result.windows[1].limit;
				if (daily) counts.daily429++;
				else counts.perSecond429++;
				return { status: 429, body: daily ? PER_DAY_BODY : PER_SECOND_BODY };
			}
		}
		return next();
	};
}
