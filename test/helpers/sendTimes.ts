import type { Throttle } from '../../nodes/shared/throttle/throttle';
import type { VirtualClock } from './virtualClock';

/** The most sends that fall inside any half-open interval of `periodMs` (what a server's sliding window counts). */
export function busiestWindow(times: readonly number[], periodMs: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	let most = 0;
	let start = 0;
	for (let end = 0; end < sorted.length; end++) {
		while (sorted[end] - sorted[start] >= periodMs) start++;
		most = Math.max(most, end - start + 1);
	}
	return most;
}

/**
 * Acquires `count` times one after another and returns the virtual send times; each request is answered
 * `answerMs` after it went (0: at once).
 */
export async function sendSequentially(throttle: Throttle, clock: VirtualClock, count: number, answerMs = 0): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		await throttle.acquire();
		times.push(clock.now());
		if (answerMs) await clock.sleep(answerMs);
		throttle.answered();
	}
	return times;
}

/** Acquires `count` times all at once (Promise.all), each answered at once, and returns the send times in order. */
export async function sendConcurrently(throttle: Throttle, clock: VirtualClock, count: number): Promise<number[]> {
	const times: number[] = [];
	await Promise.all(
		Array.from({ length: count }, async () => {
			await throttle.acquire();
			times.push(clock.now());
			throttle.answered();
		}),
	);
	return times;
}

/**
 * Every send that did not go at the same moment as the one before must have gone exactly when some window let
 * it: the send `limit` places earlier in that window had just left the window (`span` later). Otherwise the
 * throttle waited longer than it had to.
 */
export function idleWaits(times: readonly number[], windows: ReadonlyArray<{ limit: number; span: number }>): number[] {
	const late: number[] = [];
	for (let k = 1; k < times.length; k++) {
		if (times[k] === times[k - 1]) continue;
		const explained = windows.some(({ limit, span }) => k >= limit && times[k - limit] + span === times[k]);
		if (!explained) late.push(k);
	}
	return late;
}
