import { ensureToken, renewToken, type TokenSource } from './ensureToken';
import type { StoredToken } from './types';

/** What a transport needs from the token flow of its service. */
export interface TokenSession {
	/** The access token for the next request. */
	current(): Promise<string>;
	/** The service answered 401 to `refused`: replace it and return the new token. */
	renew(refused: string): Promise<string>;
}

/**
 * Tokens for one API client. Every token and refresh token it hands out joins `secrets`, the client's redaction
 * list, so neither can reach an error message or an error item.
 */
export function tokenSession(source: TokenSource, secrets: string[]): TokenSession {
	for (const secret of source.flow.secrets(source.credentials)) if (secret && !secrets.includes(secret)) secrets.push(secret);
	const remember = (token: StoredToken): string => {
		for (const value of [token.accessToken, token.refreshToken]) if (value && !secrets.includes(value)) secrets.push(value);
		return token.accessToken;
	};
	return {
		current: async () => remember(await ensureToken(source)),
		renew: async (refused) => remember(await renewToken(source, refused)),
	};
}
