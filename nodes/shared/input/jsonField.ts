import type { z } from 'zod';

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonText(text: string): JsonParse {
	if (text.trim() === '') return { ok: false, error: 'it is empty' };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return { ok: false, error: (error as Error).message };
	}
}

/** The first few schema issues in words, each with the path inside the field, e.g. `[3].title: Required`. */
export function schemaProblem(error: z.ZodError): string {
	const issues = error.issues.slice(0, 3).map((issue) => {
		const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '');
		return path ? `${path}: ${issue.message}` : issue.message;
	});
	const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
	return `is not valid: ${issues.join('; ')}${more}`;
}
