/** What the service documents: at most `limit` requests in any `periodMs`. */
export interface RateWindowSpec {
	limit: number;
	periodMs: number;
	/** `wait` for short windows; `fail` where waiting makes no sense (a daily quota). */
	whenFull: 'wait' | 'fail';
	/** Human wording for errors, e.g. "100 requests per minute". */
	label: string;
}

/** How often to look again when requests still waiting for their answers fill the whole window. */
const IN_FLIGHT_POLL_MS = 5;

/**
 * Slots kept free for another app on the same key once the server's count shows one: what that app is likely to add
 * within a window beyond what it already has in it, plus two. Its rate is estimated over the time since it was first
 * seen (at least `MIN_FOREIGN_OBSERVATION_MS`, at most a window), not from when its requests were counted, which
 * happens in batches whenever our own answers arrive; in a steady state that is what it has in the window, so two slots
 * remain. Without this, the pack fills the window at once and the other app's requests of the next minute are refused.
 */
export function reserveForOthers(othersInWindow: number, observedMs: number, spanMs: number): number {
	if (othersInWindow === 0) return 0;
	const observed = Math.min(spanMs, Math.max(MIN_FOREIGN_OBSERVATION_MS, observedMs));
	const expectedInAWindow = Math.ceil((othersInWindow * spanMs) / observed);
	return FOREIGN_HEADROOM + Math.max(0, expectedInAWindow - othersInWindow);
}

/** The shortest time a rate is estimated over; the shared limiter's script is given the same figure. */
export const MIN_FOREIGN_OBSERVATION_MS = 5_000;
/** How often a wait that only the reserve causes is looked at again; the shared limiter's script uses the same. */
export const RESERVE_RECHECK_MS = 1_000;
const FOREIGN_HEADROOM = 2;

/** A limit times this n8n's share of it (the credential's setting), never below one request. */
export function shareOf(limit: number, share: number): number {
	return Math.max(1, Math.floor(limit * share));
}

/**
 * A sliding-window log of the last `limit` requests. A request counts from when it is sent; once answered, from its
 * answer time, which is never earlier than when the server counted it (its arrival). A request may go when fewer
 * than `limit` requests in flight or answered within the last `periodMs + marginMs` are counted. So however long a
 * request took to reach the server (a busy event loop, a slow credential lookup), the next window's requests cannot
 * arrive inside the server's window; the margin only covers clock granularity.
 */
export class SlidingWindow {
	/** Answer times (and server-reported sends), oldest first. */
	private stamps: number[] = [];
	private head = 0;
	/** When the server counted requests that no process of this n8n sent (another app), oldest first. */
	private othersStamps: number[] = [];
	/** When requests of another app were first seen, and last seen: its rate is measured over that time. */
	private othersSince = 0;
	private othersLastSeen = 0;
	private inFlight = 0;
	private effectiveLimit: number;
	private restoreAt = 0;

	constructor(
		readonly spec: RateWindowSpec,
		private readonly marginMs: number,
		/** The part of the limit this n8n may use (0–1]; the rest is left to other apps on the same key. */
		private share = 1,
	) {
		this.effectiveLimit = shareOf(spec.limit, share);
	}

	get limit(): number {
		return this.effectiveLimit;
	}

	get span(): number {
		return this.spec.periodMs + this.marginMs;
	}

	count(now: number): number {
		this.prune(now);
		return this.stamps.length - this.head + this.inFlight;
	}

	/** Milliseconds until one more request fits; 0 when it fits now. */
	waitMs(now: number): number {
		this.restoreIfDue(now);
		const used = this.count(now);
		const others = this.othersInWindow(now);
		const observedMs = others > 0 ? now - this.othersSince : 0;
		const limit = Math.max(1, this.effectiveLimit - reserveForOthers(others, observedMs, this.span));
		if (used < limit) return 0;
		const mustExpire = used - limit + 1;
		if (mustExpire > this.stamps.length - this.head) return IN_FLIGHT_POLL_MS;
		const oldestThatMustExpire = this.stamps[this.head + mustExpire - 1];
		const wait = Math.max(1, oldestThatMustExpire + this.span - now);
		// Held back only for the other app's reserve: its estimated rate falls as time passes without its requests
		// (an n8n that restarted reads its own earlier requests as another app's), so look again soon.
		return used < this.effectiveLimit ? Math.min(wait, RESERVE_RECHECK_MS) : wait;
	}

	/** A request left; it counts as sent until `answered`. */
	sent(): void {
		this.inFlight++;
	}

	/** A request's answer (or its failure) came: from now on it counts from this moment. */
	answered(now: number): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		this.stamps.push(now);
	}

	/** Requests the server counted that we did not send (another client), as sent now. */
	record(now: number, times = 1): void {
		// Two windows without it: a new app, or the same one back, is measured afresh.
		if (times > 0 && now - this.othersLastSeen > 2 * this.span) this.othersSince = now;
		if (times > 0) this.othersLastSeen = now;
		for (let i = 0; i < times; i++) {
			this.stamps.push(now);
			this.othersStamps.push(now);
		}
	}

	private othersInWindow(now: number): number {
		const cutoff = now - this.span;
		let expired = 0;
		while (expired < this.othersStamps.length && this.othersStamps[expired] <= cutoff) expired++;
		if (expired > 0) this.othersStamps = this.othersStamps.slice(expired);
		return this.othersStamps.length;
	}

	/**
	 * The server's count is the truth: it counted `used` when it answered, and `sentSince` of our requests left after
	 * that one. More than we counted means another client shares the quota (count theirs as sent now); fewer means
	 * the server's window has already forgotten our oldest requests (forget them too).
	 */
	matchServerCount(now: number, used: number, sentSince: number): void {
		const difference = used + sentSince - this.count(now);
		if (difference > 0) this.record(now, difference);
		else if (difference < 0) this.head = Math.min(this.stamps.length, this.head - difference);
	}

	/** A new share of the limit (queue mode's fallback learns how many processes there are). */
	resize(share: number): void {
		if (share === this.share) return;
		this.share = share;
		this.effectiveLimit = shareOf(this.spec.limit, share);
	}

	/** How long ago each counted request was answered (requests still in flight are left out), oldest first. */
	answeredAges(now: number): number[] {
		this.prune(now);
		return this.stamps.slice(this.head).map((stamp) => now - stamp);
	}

	/** The server's own limit (e.g. a raised account limit) replaces the documented one. */
	adoptServerLimit(limit: number): void {
		if (Number.isInteger(limit) && limit > 0) this.effectiveLimit = shareOf(limit, this.share);
	}

	/** A 429 arrived while we thought there was room: pace at what we had sent, for one window. */
	lowerToCurrent(now: number): void {
		this.effectiveLimit = Math.max(1, Math.min(this.effectiveLimit, this.count(now)));
		this.restoreAt = now + this.span;
	}

	private restoreIfDue(now: number): void {
		if (this.restoreAt !== 0 && now >= this.restoreAt) {
			this.effectiveLimit = Math.max(this.effectiveLimit, shareOf(this.spec.limit, this.share));
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
