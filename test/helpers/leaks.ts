import { inspect } from 'node:util';

function safeJson(value: unknown): string {
	const seen = new WeakSet<object>();
	return (
		JSON.stringify(value, (_key, entry: unknown) => {
			if (entry && typeof entry === 'object') {
				if (seen.has(entry)) return '[circular]';
				seen.add(entry);
			}
			return entry;
		}) ?? ''
	);
}

/**
 * Every way an error can be read: message, description, JSON.stringify of the error (its toJSON), each own
 * property (cause, errorResponse, context, messages…) as JSON, and util.inspect of the whole error.
 */
export function everyViewOf(error: unknown): Record<string, string> {
	const views: Record<string, string> = { json: safeJson(error), inspect: inspect(error, { depth: 12 }) };
	if (error && typeof error === 'object') {
		for (const name of Object.getOwnPropertyNames(error)) {
			views[`property ${name}`] = safeJson((error as Record<string, unknown>)[name]);
		}
		const { message, description } = error as { message?: unknown; description?: unknown };
		views.message = String(message);
		views.description = String(description);
	}
	return views;
}

/** The names of the views of an error that contain `secret`; an empty list means nothing leaked. */
export function viewsLeaking(error: unknown, secret: string): string[] {
	return Object.entries(everyViewOf(error))
		.filter(([, text]) => text.includes(secret))
		.map(([name]) => name);
}
