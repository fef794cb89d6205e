import type { ServerRateReport } from './throttle';
import type { WaitReason } from './waitLog';

/** A request let go by a limiter: what `answered` and `observe` need to find it again. */
export type RateTicket = number | { readonly id: string; readonly local?: number };

/**
 * What the HTTP client needs from a rate group's limiter. The in-process `Throttle` is one; queue mode's shared
 * limiter (nodes/shared/queueMode) is the other, and falls back to a `Throttle` of its own when Redis is away.
 */
export interface RateLimiter {
	/** Resolves when one more request may be sent (throws QuotaExhaustedError for a spent quota). */
	acquire(signal?: AbortSignal, onWait?: (ms: number, reason: string) => void): Promise<RateTicket>;
	/** The request `ticket` got its answer or failed: exactly once per acquire. */
	answered(ticket: RateTicket): void;
	/** The service's used/limit headers on the answer to `ticket`. */
	observe(report: ServerRateReport, ticket: RateTicket): void;
	/**
	 * The service refused for its rate limit: returns how long nothing is sent (`retryAfterMs`, else `fallbackMs`);
	 * `reason` is what that pause is shown as (see rateLimitReason).
	 */
	onThrottled(retryAfterMs: number | undefined, fallbackMs: number, hadUsageHeaders: boolean, reason: WaitReason): number;
}
