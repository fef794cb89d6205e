import type { IncomingHttpHeaders } from 'node:http';
import type { ParsedQuery } from './queryString';

export const REDACTED = '[redacted]';

/** Headers whose values are credentials in any of the services we mock. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key', 'x-auth-token', 'x-access-token']);

/** Query and body keys that carry credentials (FastComments, for one, takes its API key in the query). */
const SECRET_KEY = /(api[_-]?key|apikey|token|secret|password|passwd|authorization|signature)/i;

export function isSecretKey(key: string): boolean {
	return SECRET_KEY.test(key);
}

/** Keeps the auth scheme ("Bearer") so tests can still check it, hides everything after it. */
function redactHeaderValue(value: string): string {
	const scheme = /^([A-Za-z][A-Za-z0-9_-]*)\s+\S/.exec(value);
	return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
	const safe: Record<string, string | string[]> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) continue;
		const secret = SECRET_HEADERS.has(name.toLowerCase()) || isSecretKey(name);
		if (!secret) safe[name] = value;
		else safe[name] = Array.isArray(value) ? value.map(redactHeaderValue) : redactHeaderValue(value);
	}
	return safe;
}

export function redactQuery(query: ParsedQuery): ParsedQuery {
	const safe: ParsedQuery = {};
	for (const [key, values] of Object.entries(query)) safe[key] = isSecretKey(key) ? values.map(() => REDACTED) : [...values];
	return safe;
}

/** A deep copy of a JSON value with secret-looking keys hidden. */
export function redactJson(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(redactJson);
	if (value === null || typeof value !== 'object') return value;
	const safe: Record<string, unknown> = {};
	for (const [key, inner] of Object.entries(value)) safe[key] = isSecretKey(key) ? REDACTED : redactJson(inner);
	return safe;
}
