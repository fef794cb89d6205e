export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `run(0)`…`run(count - 1)` with at most `width` in flight, starting them in index order, and returns their
 * outcomes by index. With `stopAfterFailure`, nothing new starts once one fails (those already running finish), so
 * every index below the first failure has an outcome and the ones never started are left undefined.
 */
export async function settleInOrder<T>(
	count: number,
	width: number,
	run: (index: number) => Promise<T>,
	stopAfterFailure: boolean,
): Promise<Array<Settled<T> | undefined>> {
	const outcomes: Array<Settled<T> | undefined> = new Array(count);
	let next = 0;
	let failed = false;
	const lane = async () => {
		while (next < count && !(failed && stopAfterFailure)) {
			const index = next++;
			try {
				outcomes[index] = { ok: true, value: await run(index) };
			} catch (error) {
				outcomes[index] = { ok: false, error };
				failed = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(width, count)) }, lane));
	return outcomes;
}
