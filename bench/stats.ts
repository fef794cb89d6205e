export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "61.2 s (60.9–61.6, 3 runs)" */
export function describeSeconds(valuesMs: number[]): string {
	const s = (ms: number) => (ms / 1000).toFixed(1);
	if (valuesMs.length === 1) return `${s(valuesMs[0])} s`;
	return `${s(median(valuesMs))} s (${s(Math.min(...valuesMs))}–${s(Math.max(...valuesMs))}, ${valuesMs.length} runs)`;
}

/** For windows of W requests per T, P requests need at least floor((P-1)/W)·T, the largest over all windows. */
export function minimumMs(requests: number, windows: Array<{ limit: number; periodMs: number }>): number {
	return Math.max(0, ...windows.map((window) => Math.floor((requests - 1) / window.limit) * window.periodMs));
}
