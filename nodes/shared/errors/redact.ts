const MASK = '[redacted]';
const SECRET_KEY_PATTERN = /^(authorization|x-api-key|api[-_]?key|.*token.*|.*secret.*|password|.*signature.*|cookie|set-cookie)$/i;
const BEARER_PATTERN = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;

/** A secret as it may appear in a text: as is, URL-encoded (a query string), JSON-escaped, or base64. */
function writtenForms(secret: string): string[] {
	const base64 = Buffer.from(secret, 'utf8').toString('base64');
	const forms = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), base64, base64.replace(/=+$/, ''), Buffer.from(secret, 'utf8').toString('base64url')];
	// Longest first, so a form that contains another is masked whole.
	return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/** Replaces every known secret value (in its written forms), and anything that looks like an auth header value. */
export function redactText(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of secrets) {
		// Very short values would mask ordinary words; credential secrets are never that short.
		if (!secret || secret.length < 6) continue;
		for (const form of writtenForms(secret)) out = out.split(form).join(MASK);
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
