/** What the service documents: at most `limit` requests in any `periodMs`. */
export interface RateWindowSpec {
	limit: number;
	periodMs: number;
	/** `wait` for short windows; `fail` where waiting makes no sense (a daily quota). */
	whenFull: 'wait' | 'fail';
	/** Human wording for errors, e.g. "100 requests per minute". */
	label: string;
}

/**
 * A sliding-window log: the send times of the last `limit` requests. A request may go when fewer than `limit`
 * sends fall inside the last `periodMs + marginMs`. The margin covers the network delay between our send time and
 * the server's arrival time, which is what the server counts.
 */
export class SlidingWindow {
	private stamps: number[] = [];
	private head = 0;
	private effectiveLimit: number;
	private restoreAt = 0;

	constructor(
		readonly spec: RateWindowSpec,
		private readonly marginMs: number,
	) {
		this.effectiveLimit = spec.limit;
	}

	get limit(): number {
		return this.effectiveLimit;
	}

	get span(): number {
		return this.spec.periodMs + this.marginMs;
	}

	count(now: number): number {
		this.prune(now);
		return this.stamps.length - this.head;
	}

	/** Milliseconds until one more request fits; 0 when it fits now. */
	waitMs(now: number): number {
		this.restoreIfDue(now);
		const used = this.count(now);
		if (used < this.effectiveLimit) return 0;
		const oldestThatMustExpire = this.stamps[this.head + used - this.effectiveLimit];
		return Math.max(1, oldestThatMustExpire + this.span - now);
	}

	record(now: number, times = 1): void {
		for (let i = 0; i < times; i++) this.stamps.push(now);
	}

	/**
	 * The server's count is the truth: it counted `used` when it answered, and `sentSince` of our requests left after
	 * that one. More than we counted means another client shares the quota (count theirs as sent now); fewer means
	 * the server's window has already forgotten our oldest requests (forget them too).
	 */
	matchServerCount(now: number, used: number, sentSince: number): void {
		const difference = used + sentSince - this.count(now);
		if (difference > 0) this.record(now, difference);
		else if (difference < 0) this.head += -difference;
	}

	/** The server's own limit (e.g. a raised account limit) replaces the documented one. */
	adoptServerLimit(limit: number): void {
		if (Number.isInteger(limit) && limit > 0) this.effectiveLimit = limit;
	}

	/** A 429 arrived while we thought there was room: pace at what we had sent, for one window. */
	lowerToCurrent(now: number): void {
		this.effectiveLimit = Math.max(1, Math.min(this.effectiveLimit, this.count(now)));
		this.restoreAt = now + this.span;
	}

	private restoreIfDue(now: number): void {
		if (this.restoreAt !== 0 && now >= this.restoreAt) {
			this.effectiveLimit = Math.max(this.effectiveLimit, this.spec.limit);
			this.restoreAt = 0;
		}
	}

	private prune(now: number): void {
		const cutoff = now - this.span;
		while (this.head < this.stamps.length && this.stamps[this.head] <= cutoff) this.head++;
		// Compact now and then so the array does not grow without bound.
		if (this.head > 1024 && this.head * 2 > this.stamps.length) {
			this.stamps = this.stamps.slice(this.head);
			this.head = 0;
		}
	}
}
