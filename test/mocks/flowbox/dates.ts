/** Flowbox writes times with microseconds and a `+0000` zone, e.g. `2021-10-28T04:01:57.000000+0000`. */
export function flowboxTime(ms: number): string {
	return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+0000');
}

export function parseTime(text: unknown): number | undefined {
	if (typeof text !== 'string' || text.trim() === '') return undefined;
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? undefined : ms;
}
