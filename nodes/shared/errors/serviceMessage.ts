const MAX_LENGTH = 500;

function textOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (Array.isArray(value)) {
		const parts = value.map(textOf).filter((part): part is string => Boolean(part));
		return parts.length ? parts.join('; ') : undefined;
	}
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		return textOf(record.message) ?? textOf(record.detail) ?? textOf(record.title);
	}
	return undefined;
}

function htmlTitle(body: string): string | undefined {
	const match = /<title[^>]*>([^<]*)<\/title>/i.exec(body);
	return match?.[1]?.trim() || undefined;
}

/**
 * The service's own words about a failure, from the usual places: `errors[]`, `error`, `reason`, `message`.
 * An HTML page is named as such (with its title) rather than quoted whole.
 */
export function serviceMessage(body: unknown): string | undefined {
	let message: string | undefined;
	if (typeof body === 'string') {
		const trimmed = body.trim();
		if (/^<(!doctype|html)/i.test(trimmed)) {
			const title = htmlTitle(trimmed);
			message = `an HTML page${title ? ` ("${title}")` : ''} instead of JSON`;
		} else {
			message = trimmed || undefined;
		}
	} else if (body && typeof body === 'object' && !Array.isArray(body)) {
		const record = body as Record<string, unknown>;
		message =
			textOf(record.errors) ??
			textOf(record.error) ??
			textOf(record.reason) ??
			textOf(record.message) ??
			textOf(record.error_description) ??
			textOf(record.detail);
		const code = typeof record.code === 'string' || typeof record.code === 'number' ? String(record.code) : undefined;
		if (message && code && !message.includes(code)) message = `${message} (code ${code})`;
	}
	if (message && message.length > MAX_LENGTH) message = `${message.slice(0, MAX_LENGTH)}…`;
	return message;
}
