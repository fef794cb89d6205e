/** Milliseconds since some fixed point; injectable so tests can move time by hand. */
export type Clock = () => number;

/** "At most `limit` requests in any `windowMs`." */
export interface RateWindow {
	limit: number;
	windowMs: number;
}

export interface WindowState extends RateWindow {
	/** Accepted requests inside the window right now. */
	used: number;
	/** How long until one more request fits this window; 0 when it fits now. */
	msUntilFree: number;
}

export interface AcquireResult {
	allowed: boolean;
	/** State of every window after this request was counted (or refused). */
	windows: WindowState[];
	/** When refused: how long until every full window has room again. 0 when allowed. */
	retryAfterMs: number;
}

/**
 * An exact sliding-window log, counted on arrival. A request counts in a window while `now - arrival < windowMs`,
 * so it stops counting exactly `windowMs` after it arrived. A request that any window refuses is not counted
 * anywhere: clients that back off correctly are never punished for the refused attempt.
 */
export class SlidingWindowLimiter {
	/** Arrival times of accepted requests, oldest first, trimmed to the longest window. */
	private arrivals: number[] = [];
	private readonly longestMs: number;

	constructor(
		readonly windows: readonly RateWindow[],
		private readonly clock: Clock = Date.now,
	) {
		if (windows.length === 0) throw new Error('SlidingWindowLimiter needs at least one window');
		for (const window of windows) {
			if (!(window.limit > 0 && Number.isInteger(window.limit))) throw new Error(`invalid limit ${window.limit}`);
			if (!(window.windowMs > 0)) throw new Error(`invalid windowMs ${window.windowMs}`);
		}
		this.longestMs = Math.max(...windows.map((window) => window.windowMs));
	}

	/** Counts the request if every window has room; otherwise refuses it without counting it. */
	tryAcquire(): AcquireResult {
		const now = this.clock();
		const before = this.describe(now);
		const blocked = before.filter((window) => window.used >= window.limit);
		if (blocked.length > 0) {
			return { allowed: false, windows: before, retryAfterMs: Math.max(...blocked.map((window) => window.msUntilFree)) };
		}
		this.arrivals.push(now);
		return { allowed: true, windows: this.describe(now), retryAfterMs: 0 };
	}

	/** The windows as they stand now, without counting anything. */
	status(): WindowState[] {
		return this.describe(this.clock());
	}

	reset(): void {
		this.arrivals = [];
	}

	private describe(now: number): WindowState[] {
		this.prune(now);
		return this.windows.map((window) => {
			const inside = this.arrivalsWithin(now, window.windowMs);
			const used = inside.length;
			// The window has room once enough of its oldest arrivals have aged out.
			const msUntilFree = used < window.limit ? 0 : inside[used - window.limit] + window.windowMs - now;
			return { limit: window.limit, windowMs: window.windowMs, used, msUntilFree };
		});
	}

	private arrivalsWithin(now: number, windowMs: number): number[] {
		let first = this.arrivals.length;
		while (first > 0 && now - this.arrivals[first - 1] < windowMs) first--;
		return this.arrivals.slice(first);
	}

	private prune(now: number): void {
		let drop = 0;
		while (drop < this.arrivals.length && now - this.arrivals[drop] >= this.longestMs) drop++;
		if (drop > 0) this.arrivals.splice(0, drop);
	}
}
