import type { N8nClient } from './client';

const TOKEN_FIELDS = ['access_token', 'refresh_token'] as const;

function tokensIn(result: unknown): string[] {
	const holders = [result, (result as { body?: unknown } | undefined)?.body];
	return holders.flatMap((holder) =>
		holder && typeof holder === 'object' ? TOKEN_FIELDS.map((field) => (holder as Record<string, unknown>)[field]).filter((value): value is string => typeof value === 'string') : [],
	);
}

/**
 * Registers, for the secret-leak scan, every token a mock's token authority hands out: wraps the authority's
 * method that issues them (a TokenPair, or a mock response whose body holds one). The mocks' routes call it
 * through the object, so the wrapper sees every grant and refresh.
 */
export function registerIssuedTokens<T extends object>(n8n: N8nClient, credentialType: string, authority: T, method: keyof T & string): void {
	const original = authority[method];
	if (typeof original !== 'function') throw new Error(`${method} is not a method of this token authority`);
	const wrapped = (...args: unknown[]): unknown => {
		const result: unknown = original.apply(authority, args);
		n8n.registerSecrets(credentialType, 'issued token', tokensIn(result));
		return result;
	};
	Object.assign(authority, { [method]: wrapped });
}
