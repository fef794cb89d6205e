/**
 * Reads Retry-After as whole seconds, decimal seconds (Hive sends e.g. "3.2") or an HTTP date.
 * Returns milliseconds to wait, or undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: unknown, now: number): number | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	if (typeof text === 'number') return text >= 0 ? Math.ceil(text * 1000) : undefined;
	if (typeof text !== 'string' || text.trim() === '') return undefined;
	const trimmed = text.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
	// An HTTP date always names its month; without letters it is a malformed number ("-5" parses as a date in V8).
	if (!/[a-z]/i.test(trimmed)) return undefined;
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}
