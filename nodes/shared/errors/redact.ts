const MASK = '[redacted]';
const SECRET_KEY_PATTERN = /^(authorization|x-api-key|api[-_]?key|.*token.*|.*secret.*|password|.*signature.*|cookie|set-cookie)$/i;
const BEARER_PATTERN = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;

/** Replaces every known secret value, and anything that looks like an auth header value, in a text. */
export function redactText(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of secrets) {
		// Very short values would mask ordinary words; credential secrets are never that short.
		if (secret && secret.length >= 6) out = out.split(secret).join(MASK);
	}
	return out.replace(BEARER_PATTERN, `$1 ${MASK}`);
}

/** A deep copy of a value with secrets masked in every string and every secret-named key's value. */
export function redactValue<T>(value: T, secrets: readonly string[], depth = 0): T {
	if (typeof value === 'string') return redactText(value, secrets) as T;
	if (value === null || typeof value !== 'object') return value;
	// Deeper than anyone reads: masked whole rather than returned unchecked.
	if (depth > 20) return MASK as T;
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secrets, depth + 1)) as T;
	const copy: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
		copy[key] = SECRET_KEY_PATTERN.test(key) && entry !== null && entry !== '' ? MASK : redactValue(entry, secrets, depth + 1);
	}
	return copy as T;
}
