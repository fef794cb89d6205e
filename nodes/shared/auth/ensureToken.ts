import type { IAllExecuteFunctions, ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import { markTokenRequest } from './bearer';
import { requestToken, TokenRequestError, type TokenRequestOptions } from './tokenRequest';
import { forgetToken, freshToken, saveToken, singleFlight, storedToken, tokenKey } from './tokenStore';
import type { StoredToken, TokenFlow } from './types';

export interface TokenSource {
	ctx: IAllExecuteFunctions;
	flow: TokenFlow;
	/** The credential type whose `authenticate` knows the token-request mark. */
	credentialType: string;
	credentials: ICredentialDataDecryptedObject;
	now?: () => number;
	/** How long a token request is repeated through faults (the node's Retry Budget); the default when absent. */
	retryBudgetMs?: number;
	/** The wait between those attempts (a test's virtual clock); n8n's sleep when absent. */
	pause?: (ms: number) => Promise<void>;
}

function sender(source: TokenSource): (options: IHttpRequestOptions) => Promise<unknown> {
	const { ctx, credentialType } = source;
	// Like every request, the token request goes through n8n's authenticated helper; the mark keeps the
	// credential's Bearer header off it.
	return async (options) => await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, markTokenRequest(options));
}

function retrying(source: TokenSource): TokenRequestOptions {
	return { defaultLifetimeMs: source.flow.defaultLifetimeMs, retryBudgetMs: source.retryBudgetMs, pause: source.pause };
}

async function obtain(source: TokenSource, previous: StoredToken | undefined): Promise<StoredToken> {
	const { flow, credentials } = source;
	const now = source.now ?? Date.now;
	const secrets = flow.secrets(credentials).filter(Boolean);
	const send = sender(source);
	if (previous?.refreshToken && flow.refresh) {
		const refreshToken = previous.refreshToken;
		const renewed = await requestToken(send, flow.displayName, flow.refresh(credentials, refreshToken), [...secrets, refreshToken], now, retrying(source)).catch(
			(error: unknown) => (error instanceof Error ? error : new Error(String(error))),
		);
		// Services that rotate refresh tokens send a new one; others keep the old one valid.
		if (!(renewed instanceof Error)) return { ...renewed, refreshToken: renewed.refreshToken ?? refreshToken };
		// A refused or expired refresh token is normal: the full grant below replaces it. Anything else is not.
		if (!(renewed instanceof TokenRequestError)) throw renewed;
	}
	return await requestToken(send, flow.displayName, flow.grant(credentials), secrets, now, retrying(source));
}

async function obtainAndSave(source: TokenSource, key: string): Promise<StoredToken> {
	return await singleFlight(key, async () => {
		const now = (source.now ?? Date.now)();
		const current = freshToken(key, now);
		if (current) return current;
		const token = await obtain(source, storedToken(key));
		saveToken(key, token);
		return token;
	});
}

/**
 * A token that is good for a while yet: the cached one, else a refreshed one (when the flow has refresh tokens),
 * else a new grant. Concurrent callers share one token request.
 */
export async function ensureToken(source: TokenSource): Promise<StoredToken> {
	const key = tokenKey(source.flow, source.credentials);
	return freshToken(key, (source.now ?? Date.now)()) ?? (await obtainAndSave(source, key));
}

/** The service refused `refused` (401): drop it unless someone already replaced it, and get a good one. */
export async function renewToken(source: TokenSource, refused: string): Promise<StoredToken> {
	const key = tokenKey(source.flow, source.credentials);
	forgetToken(key, refused);
	return await ensureToken(source);
}
