import { randomUUID } from 'crypto';
import type { Clock } from '../throttle/clock';
import type { RateLimiter, RateTicket } from '../throttle/rateLimiter';
import { MIN_FOREIGN_OBSERVATION_MS, shareOf, type RateWindowSpec } from '../throttle/slidingWindow';
import { marginFor, QuotaExhaustedError, Throttle, type ServerRateReport } from '../throttle/throttle';
import { OTHER_PROCESS_PAUSE, type WaitReason } from '../throttle/waitLog';
import { ACQUIRE, ANSWERED, OBSERVE, RECORD, THROTTLED } from './limiterScripts';
import type { RedisLink } from './redisLink';

/** A request still unanswered after this long counts as answered then (its process may have died). */
const IN_FLIGHT_DEADLINE_MS = 5 * 60_000;
/** While Redis is away, each process takes 1/N of every limit: N processes were last seen, and at least this many. */
const MIN_PROCESSES_WHEN_UNKNOWN = 2;

interface Shared {
	readonly id: string;
	/** The same request in this process's fallback, which counts every request of the process. */
	readonly local: number;
}

/**
 * A rate group's limiter shared by every process of an n8n in queue mode, through n8n's Redis: the same windows as
 * the in-process `Throttle`, counted once for the whole instance. While Redis cannot be reached it goes on with an
 * in-process `Throttle` holding 1/N of each limit, and shares again as soon as Redis is back.
 */
export class SharedLimiter implements RateLimiter {
	/** This limiter (one per rate group in a process), as its requests' members and the `procs` set name it. */
	private readonly holder = randomUUID();
	private requestNumber = 0;
	private processesSeen = MIN_PROCESSES_WHEN_UNKNOWN;
	/**
	 * This process's own share, used while Redis is away. It counts every request of the process, shared or not, so
	 * the first requests after Redis goes cannot overfill a window; and what it let go meanwhile is handed to Redis
	 * when it is back.
	 */
	private readonly fallback: Throttle;
	private sentAlone = false;
	/** The pause this process was told to take, and until when: a shared pause past it is another process's. */
	private ownPause: { until: number; reason: WaitReason } = { until: 0, reason: OTHER_PROCESS_PAUSE };
	private readonly keys: { pause: string; procs: string; windows: Array<{ own: string; others: string; lim: string; since: string }> };

	constructor(
		private readonly link: RedisLink,
		group: string,
		private readonly specs: RateWindowSpec[],
		private readonly clock: Clock,
		private readonly headerWindow: number | undefined,
		private readonly share: number,
	) {
		this.fallback = new Throttle(specs, clock, headerWindow, share / MIN_PROCESSES_WHEN_UNKNOWN);
		const base = `${link.settings.prefix}:n8n-nodes-service-pack:{${group}}`;
		this.keys = {
			pause: `${base}:pause`,
			procs: `${base}:procs`,
			windows: specs.map((_, i) => ({ own: `${base}:w${i}`, others: `${base}:w${i}:o`, lim: `${base}:w${i}:lim`, since: `${base}:w${i}:since` })),
		};
	}

	async acquire(signal?: AbortSignal, onWait?: (ms: number, reason: string) => void): Promise<RateTicket> {
		for (;;) {
			const usable = await this.link.usable();
			if (usable && this.sentAlone) await this.handOverLocalRequests();
			const answer = usable ? await this.run(ACQUIRE, this.acquireKeys(), this.acquireArgs()) : undefined;
			if (answer === undefined) {
				this.sentAlone = true;
				return await this.fallback.acquire(signal, onWait);
			}
			const [wait, window, processes, member] = answer as [number, number, number, string];
			this.processesSeen = Math.max(MIN_PROCESSES_WHEN_UNKNOWN, processes);
			this.fallback.resize(this.share / this.processesSeen);
			if (wait === 0) return { id: member, local: this.fallback.noteSent() } satisfies Shared;
			const spec = window > 0 ? this.specs[window - 1] : undefined;
			if (spec?.whenFull === 'fail') throw new QuotaExhaustedError(spec, new Date(this.clock.now() + wait));
			onWait?.(wait, spec ? `the limit of ${spec.label}` : this.pauseReason());
			await this.clock.sleep(wait, signal);
			if (signal?.aborted) throw new Error('The execution was cancelled while waiting for the rate limit');
		}
	}

	answered(ticket: RateTicket): void {
		this.fallback.answered();
		if (typeof ticket === 'number') return;
		void this.run(ANSWERED, this.keys.windows.map((window) => window.own), [ticket.id]);
	}

	observe(report: ServerRateReport, ticket: RateTicket): void {
		if (typeof ticket === 'number') return this.fallback.observe(report, ticket);
		const index = this.headerWindow;
		if (index === undefined || report.used === undefined || !this.keys.windows[index]) return;
		const { own, others, lim, since } = this.keys.windows[index];
		const limit = report.limit !== undefined && Number.isInteger(report.limit) && report.limit > 0 ? String(shareOf(report.limit, this.share)) : '';
		void this.run(OBSERVE, [own, others, lim, since], [ticket.id, report.used, limit, this.span(index)]);
	}

	/** Redis is back: what this process sent alone joins the shared windows, so the others count it too. */
	private async handOverLocalRequests(): Promise<void> {
		const now = this.clock.now();
		const perWindow = this.fallback.windows.map((window) => window.answeredAges(now));
		const longest = perWindow.reduce((most, ages) => (ages.length > most.length ? ages : most), [] as number[]);
		const recorded = await this.run(RECORD, this.keys.windows.map((window) => window.own), [this.holder, IN_FLIGHT_DEADLINE_MS, ...this.specs.map((_, i) => this.span(i)), '|', ...longest]);
		if (recorded !== undefined) this.sentAlone = false;
	}

	onThrottled(retryAfterMs: number | undefined, fallbackMs: number, hadUsageHeaders: boolean, reason: WaitReason): number {
		const wait = retryAfterMs ?? fallbackMs;
		const until = this.clock.now() + wait;
		if (until >= this.ownPause.until) this.ownPause = { until, reason };
		this.fallback.onThrottled(retryAfterMs, fallbackMs, hadUsageHeaders, reason);
		const shortest = this.shortestWindow();
		const { own, others, lim } = this.keys.windows[shortest];
		void this.run(THROTTLED, [this.keys.pause, own, others, lim], [wait, hadUsageHeaders ? '0' : '1', this.span(shortest)]);
		return wait;
	}

	/** What the shared pause now waited for is shown as: this process's own, while it lasts. */
	private pauseReason(): WaitReason {
		return this.clock.now() < this.ownPause.until ? this.ownPause.reason : OTHER_PROCESS_PAUSE;
	}

	/** Runs a script; undefined (and the link marked down) when Redis did not answer. */
	private async run(script: string, keys: string[], args: Array<string | number>): Promise<unknown> {
		try {
			return await this.link.client.eval(script, keys.length, ...keys, ...args);
		} catch {
			this.link.down();
			return undefined;
		}
	}

	private acquireKeys(): string[] {
		return [this.keys.pause, this.keys.procs, ...this.keys.windows.flatMap((window) => [window.own, window.others, window.lim, window.since])];
	}

	private acquireArgs(): Array<string | number> {
		const perWindow = this.specs.flatMap((spec, i) => [shareOf(spec.limit, this.share), this.span(i), MIN_FOREIGN_OBSERVATION_MS]);
		return [this.holder, ++this.requestNumber, IN_FLIGHT_DEADLINE_MS, this.specs.length, ...perWindow];
	}

	private span(index: number): number {
		const spec = this.specs[index];
		return spec.periodMs + marginFor(spec);
	}

	private shortestWindow(): number {
		let shortest = 0;
		this.specs.forEach((spec, i) => {
			if (spec.periodMs < this.specs[shortest].periodMs) shortest = i;
		});
		return shortest;
	}
}
