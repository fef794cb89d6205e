const DAY_MS = 86_400_000;
export { DAY_MS };

/** A time as Rails renders it in JSON: milliseconds and an explicit offset (`2024-03-05T14:20:00.000+00:00`). */
export function railsTime(ms: number): string {
	return new Date(ms).toISOString().replace('Z', '+00:00');
}

export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Milliseconds for an ISO 8601 date or date-time; undefined for anything else. A time without an offset is
 * read as UTC (the mock's zone), so results do not depend on the machine's time zone.
 */
export function parseIso8601(text: string): number | undefined {
	const match = ISO_8601.exec(text);
	if (!match) return undefined;
	const hasTime = text.length > 10;
	const normalized = hasTime && match[1] === undefined ? `${text.replace(' ', 'T')}Z` : text.replace(' ', 'T');
	const ms = Date.parse(normalized);
	return Number.isNaN(ms) ? undefined : ms;
}
