import type { LogEntry } from '../mocks/shared/requestLog';

export interface ReadTally {
	/** Expected keys that never appeared in the output. */
	lost: number;
	/** Output entries beyond the first for the same key. */
	duplicated: number;
	/** Output keys nobody expected (neither in the data before nor after the change). */
	unexpected: number;
}

/**
 * Compares what a read emitted with what it had to emit. `mustAppear` are the keys present for the whole read;
 * `mayAppear` are keys that came or went during it (either outcome is correct for them).
 */
export function tallyRead(emitted: readonly unknown[], mustAppear: readonly unknown[], mayAppear: readonly unknown[] = []): ReadTally {
	const counts = new Map<string, number>();
	for (const key of emitted) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
	const allowed = new Set([...mustAppear, ...mayAppear].map(String));
	let duplicated = 0;
	let unexpected = 0;
	for (const [key, count] of counts) {
		duplicated += count - 1;
		if (!allowed.has(key)) unexpected += 1;
	}
	const lost = mustAppear.filter((key) => !counts.has(String(key))).length;
	return { lost, duplicated, unexpected };
}

/** Answers that say the service refused the request without acting on it, so sending it again is right. */
const REFUSED_UNHANDLED = new Set([401, 429]);

/**
 * Write requests the service may have acted on more than once: entries with the same method, path and body beyond
 * the first, not counting those refused with 401/429. Reads (GET/HEAD) are ignored; `isWrite` narrows further.
 */
export function writesReceivedTwice(log: readonly LogEntry[], isWrite: (entry: LogEntry) => boolean = () => true): number {
	const seen = new Map<string, number>();
	for (const entry of log) {
		if (entry.method === 'GET' || entry.method === 'HEAD' || REFUSED_UNHANDLED.has(entry.status) || !isWrite(entry)) continue;
		const key = JSON.stringify([entry.method, entry.path, entry.body ?? null]);
		seen.set(key, (seen.get(key) ?? 0) + 1);
	}
	let extra = 0;
	for (const count of seen.values()) extra += count - 1;
	return extra;
}
