/**
 * A wait in decimal seconds with one decimal, rounded UP (e.g. 3120 ms → "3.2"), never below "0.1".
 * Rounding up means a client that waits exactly the advertised time always finds room.
 */
export function retryAfterSeconds(ms: number): string {
	const tenths = Math.max(1, Math.ceil(ms / 100));
	return (tenths / 10).toFixed(1);
}
