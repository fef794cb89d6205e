/** Bounded polling: every wait in the harness goes through here so a hang becomes a clear timeout error. */
export interface WaitOptions {
	timeoutMs: number;
	intervalMs?: number;
	/** Errors of this class end the wait at once instead of being retried. */
	stopOn?: new (...args: never[]) => Error;
}

/** Calls `check` until it returns something other than undefined; throws after timeoutMs with the last error seen. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, options: WaitOptions): Promise<T> {
	const deadline = Date.now() + options.timeoutMs;
	const intervalMs = options.intervalMs ?? 250;
	let lastError: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value !== undefined) return value;
		} catch (error) {
			if (options.stopOn && error instanceof options.stopOn) throw error;
			lastError = error;
		}
		if (Date.now() >= deadline) {
			const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
			throw new Error(`Timed out after ${options.timeoutMs} ms waiting for ${what}${detail}`);
		}
		await sleep(intervalMs);
	}
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
