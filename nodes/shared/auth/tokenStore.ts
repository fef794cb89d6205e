import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { StoredToken, TokenFlow } from './types';

/**
 * Tokens for the whole n8n process, keyed by a hash of the credential's identity (never its secret). The action
 * nodes, the trigger and the credential's `authenticate` load this one module, so they all see the same tokens,
 * and every execution reuses a token until shortly before it expires.
 */
const tokens = new Map<string, StoredToken>();
const pending = new Map<string, Promise<StoredToken>>();

/** At most a minute, and never more than a tenth of a short-lived token's life. */
const MAX_MARGIN_MS = 60_000;

export function tokenKey(flow: TokenFlow, credentials: ICredentialDataDecryptedObject): string {
	return createHash('sha256').update(`${flow.displayName}\n${flow.identity(credentials)}`).digest('hex');
}

/** When a token obtained at `obtainedAt`, valid for `lifetimeMs`, should be replaced. */
export function renewTime(obtainedAt: number, lifetimeMs: number): number {
	return obtainedAt + lifetimeMs - Math.min(MAX_MARGIN_MS, lifetimeMs / 10);
}

export function storedToken(key: string): StoredToken | undefined {
	return tokens.get(key);
}

/** The stored token if it may still be used at `now`. */
export function freshToken(key: string, now: number): StoredToken | undefined {
	const token = tokens.get(key);
	return token && now < token.renewAt ? token : undefined;
}

export function saveToken(key: string, token: StoredToken): void {
	tokens.set(key, token);
}

/** Drops the stored token, but only if it is still the one the service refused (another caller may have renewed it). */
export function forgetToken(key: string, refused?: string): void {
	const token = tokens.get(key);
	if (token && (refused === undefined || token.accessToken === refused)) tokens.set(key, { ...token, renewAt: 0, expiresAt: 0 });
}

/** Runs `obtain` once per key at a time: callers that arrive while it runs wait for the same token. */
export async function singleFlight(key: string, obtain: () => Promise<StoredToken>): Promise<StoredToken> {
	const running = pending.get(key);
	if (running) return await running;
	const request = obtain().finally(() => pending.delete(key));
	pending.set(key, request);
	return await request;
}

/** For tests: forget every token. */
export function resetTokenStore(): void {
	tokens.clear();
	pending.clear();
}
