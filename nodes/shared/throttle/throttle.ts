import { systemClock, type Clock } from './clock';
import type { RateLimiter, RateTicket } from './rateLimiter';
import { SlidingWindow, type RateWindowSpec } from './slidingWindow';
import type { WaitReason } from './waitLog';

/** Thrown instead of waiting when a `fail` window (a daily quota) is spent. */
export class QuotaExhaustedError extends Error {
	constructor(
		readonly window: RateWindowSpec,
		readonly resetsAt: Date,
	) {
		super(`The quota of ${window.label} is used up; it frees up at ${resetsAt.toISOString()}`);
		this.name = 'QuotaExhaustedError';
	}
}

/** What a response's rate headers said: requests counted and the limit, for the window the headers describe. */
export interface ServerRateReport {
	used?: number;
	limit?: number;
}

/**
 * Allowance added to each window: 1% of its period, between 5 ms and 1 s. Requests count from their answer, which
 * comes after the server counted them, so network delay needs no allowance; this covers clock granularity and drift.
 */
export function marginFor(spec: RateWindowSpec): number {
	return Math.min(1000, Math.max(5, Math.round(spec.periodMs * 0.01)));
}

/**
 * Keeps one rate group (a credential on one API) inside every documented window at once, and learns from the
 * server: its used/limit headers, Retry-After, and 429s that came sooner than our own count predicted.
 * It spends each window as a window: a burst is allowed wherever the window allows it.
 */
export class Throttle implements RateLimiter {
	readonly windows: SlidingWindow[];
	private pausedUntil = 0;
	/** What set the pause that ends at `pausedUntil`, as the user reads it. */
	private pauseReason: WaitReason = '';
	/** Requests this process has sent in this group; a ticket is its value when a request went out. */
	private sent = 0;

	constructor(
		specs: RateWindowSpec[],
		private readonly clock: Clock = systemClock,
		/** Index of the window that the service's used/limit headers describe, if it sends them. */
		private readonly headerWindow?: number,
		/** The part of each limit this process may use (0–1]: the credential's share, or queue mode's fallback. */
		share = 1,
	) {
		this.windows = specs.map((spec) => new SlidingWindow(spec, marginFor(spec), share));
	}

	/**
	 * Resolves when one more request may be sent, and counts it as in flight until `answered`; the ticket lets
	 * `observe` tell which requests left after it. Throws QuotaExhaustedError for spent quotas. `onWait` hears of
	 * every wait and the limit it was for.
	 */
	async acquire(signal?: AbortSignal, onWait?: (ms: number, reason: string) => void): Promise<number> {
		for (;;) {
			const now = this.clock.now();
			let wait = Math.max(0, this.pausedUntil - now);
			let reason = this.pauseReason;
			for (const window of this.windows) {
				const windowWait = window.waitMs(now);
				if (windowWait > 0 && window.spec.whenFull === 'fail') {
					throw new QuotaExhaustedError(window.spec, new Date(now + windowWait));
				}
				if (windowWait > wait) reason = `the limit of ${window.spec.label}`;
				wait = Math.max(wait, windowWait);
			}
			if (wait === 0) {
				for (const window of this.windows) window.sent();
				return ++this.sent;
			}
			onWait?.(wait, reason);
			await this.clock.sleep(wait, signal);
			if (signal?.aborted) throw new Error('The execution was cancelled while waiting for the rate limit');
		}
	}

	/** Counts a request another limiter let go, as if `acquire` had (queue mode keeps its fallback up to date). */
	noteSent(): number {
		for (const window of this.windows) window.sent();
		return ++this.sent;
	}

	/** A new share of every limit. */
	resize(share: number): void {
		for (const window of this.windows) window.resize(share);
	}

	/** The answer to a request that `acquire` let go came, or the request failed: call exactly once per acquire. */
	answered(_ticket?: RateTicket): void {
		const now = this.clock.now();
		for (const window of this.windows) window.answered(now);
	}

	/** Applies the used/limit headers of the response to the request holding `ticket` to the window they describe. */
	observe(report: ServerRateReport, ticket: RateTicket = this.sent): void {
		if (this.headerWindow === undefined || typeof ticket !== 'number') return;
		const window = this.windows[this.headerWindow];
		if (!window) return;
		if (report.limit !== undefined) window.adoptServerLimit(report.limit);
		if (report.used !== undefined) window.matchServerCount(this.clock.now(), report.used, Math.max(0, this.sent - ticket));
	}

	/**
	 * The server refused for its rate limit. Nothing is sent before `retryAfterMs` (or `fallbackMs` when it gave none), and,
	 * when the server counts no usage headers, the shortest window paces at what we had sent when it refused.
	 */
	onThrottled(retryAfterMs: number | undefined, fallbackMs: number, hadUsageHeaders: boolean, reason: WaitReason): number {
		const now = this.clock.now();
		const wait = retryAfterMs ?? fallbackMs;
		if (now + wait >= this.pausedUntil) {
			this.pausedUntil = now + wait;
			this.pauseReason = reason;
		}
		if (!hadUsageHeaders) {
			const shortest = [...this.windows].sort((a, b) => a.spec.periodMs - b.spec.periodMs)[0];
			shortest?.lowerToCurrent(now);
		}
		return wait;
	}
}
