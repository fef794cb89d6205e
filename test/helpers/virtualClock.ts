import { ManualExecutionCancelledError } from 'n8n-workflow';
import type { Clock } from '../../nodes/shared/throttle/clock';

interface Timer {
	at: number;
	order: number;
	resolve(): void;
	reject(error: Error): void;
}

/**
 * A clock for tests: sleeps end at once in real time but in the order of virtual time, and `now` jumps to each
 * wake-up. Sleepers wake one at a time, after pending promise work has run, so concurrent callers interleave as
 * they would with real timers.
 */
export class VirtualClock implements Clock {
	/** Every sleep asked for, in milliseconds, in order. */
	readonly sleeps: number[] = [];
	private time: number;
	private timers: Timer[] = [];
	private counter = 0;
	private scheduled = false;

	constructor(start = Date.UTC(2025, 0, 6, 9, 0, 0)) {
		this.time = start;
	}

	now(): number {
		return this.time;
	}

	/** Moves time forward without anyone sleeping (time passing between calls). */
	advance(ms: number): void {
		this.time += ms;
	}

	get pendingSleeps(): number {
		return this.timers.length;
	}

	async sleep(ms: number, signal?: AbortSignal): Promise<void> {
		this.sleeps.push(ms);
		await new Promise<void>((resolve, reject) => {
			if (signal?.aborted) {
				reject(new ManualExecutionCancelledError(''));
				return;
			}
			const timer: Timer = { at: this.time + Math.max(0, ms), order: this.counter++, resolve, reject };
			this.timers.push(timer);
			signal?.addEventListener(
				'abort',
				() => {
					this.timers = this.timers.filter((entry) => entry !== timer);
					reject(new ManualExecutionCancelledError(''));
				},
				{ once: true },
			);
			this.schedule();
		});
	}

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => this.wakeNext());
	}

	private wakeNext(): void {
		this.scheduled = false;
		if (this.timers.length === 0) return;
		this.timers.sort((a, b) => a.at - b.at || a.order - b.order);
		const next = this.timers.shift() as Timer;
		this.time = Math.max(this.time, next.at);
		next.resolve();
		if (this.timers.length > 0) this.schedule();
	}
}
