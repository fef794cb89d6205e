/**
 * Query strings as a Rails server receives them: every key kept exactly as sent (after percent-decoding), every
 * value kept in arrival order. Nothing is merged or reshaped, so a service mock can see the difference between
 * `ids[]=1&ids[]=2`, `ids[0]=1` and `ids=1` and refuse the forms its real service would not understand.
 */
export type ParsedQuery = Record<string, string[]>;

export class QueryParseError extends Error {}

function decodePart(part: string): string {
	try {
		// Form encoding: '+' is a space. A literal plus must arrive as %2B.
		return decodeURIComponent(part.replace(/\+/g, ' '));
	} catch {
		throw new QueryParseError(`malformed percent-encoding in "${part}"`);
	}
}

/** Parses `a[]=1&a[]=2&created_at[gte]=x` into `{ 'a[]': ['1', '2'], 'created_at[gte]': ['x'] }`. */
export function parseQuery(search: string): ParsedQuery {
	const query: ParsedQuery = Object.create(null);
	const text = search.startsWith('?') ? search.slice(1) : search;
	for (const piece of text.split('&')) {
		if (piece === '') continue;
		const eq = piece.indexOf('=');
		const key = decodePart(eq === -1 ? piece : piece.slice(0, eq));
		const value = eq === -1 ? '' : decodePart(piece.slice(eq + 1));
		(query[key] ??= []).push(value);
	}
	return query;
}

/** A key split the way Rails reads it: `created_at[gte]` is base `created_at` with subkeys `['gte']`. */
export interface RailsKey {
	base: string;
	/** `[]` gives an empty-string subkey; `a[0]` gives `'0'`; a plain key has none. */
	subkeys: string[];
}

/** Undefined when the brackets are unbalanced or text follows a bracket (`a[b`, `a]`, `a[b]c`). */
export function splitRailsKey(key: string): RailsKey | undefined {
	const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
	if (!match) return undefined;
	const subkeys = [...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]);
	return { base: match[1], subkeys };
}

/** Serialises a ParsedQuery back to a query string (keys and values percent-encoded, brackets kept readable). */
export function stringifyQuery(query: ParsedQuery): string {
	const encode = (text: string) => encodeURIComponent(text).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
	const parts: string[] = [];
	for (const [key, values] of Object.entries(query)) for (const value of values) parts.push(`${encode(key)}=${encode(value)}`);
	return parts.length ? `?${parts.join('&')}` : '';
}
