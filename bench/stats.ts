import type { Window } from './sources/types';

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return Number.NaN;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** For windows of W requests per T, P requests need at least floor((P-1)/W)·T, the largest over all windows. */
export function minimumMs(requests: number, windows: Window[]): number {
	return Math.max(0, ...windows.map((window) => Math.floor((requests - 1) / window.limit) * window.periodMs));
}

/** "1.012 (1.010–1.015, 3 runs)": the median, then the lowest and highest; NaN values (failed runs) are left out. */
export function spread(values: number[], format: (value: number) => string): string {
	const finite = values.filter((value) => Number.isFinite(value));
	if (finite.length === 0) return 'n/a';
	if (finite.length === 1) return `${format(finite[0])} (1 run)`;
	return `${format(median(finite))} (${format(Math.min(...finite))}–${format(Math.max(...finite))}, ${finite.length} runs)`;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const milliseconds = (ms: number): string => `${ms.toFixed(Math.abs(ms) < 10 ? 2 : 0)} ms`;
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const times = (ratio: number): string => `${ratio.toFixed(3)}×`;
export const count = (value: number): string => value.toLocaleString('en-US');

/** "0" when every run agrees, else "0, 1, 0". */
export function each(values: number[]): string {
	return new Set(values).size === 1 ? count(values[0]) : values.map(count).join(', ');
}

/** Median of a / median of b, e.g. our time against the HTTP Request node's in the same run. */
export function ratioOfMedians(a: number[], b: number[]): number {
	const [x, y] = [median(a.filter(Number.isFinite)), median(b.filter(Number.isFinite))];
	return x / y;
}
