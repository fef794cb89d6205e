import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { SharedTokens } from '../state/sharedTokens';
import { requestToken, TokenRequestError, type TokenSender } from './tokenRequest';
import type { StoredToken, TokenFlow } from './types';

/**
 * The token flow of a credential, top to bottom:
 * 1. key: what the token belongs to (identity) and what it takes to get one (the credential's secrets);
 * 2. this process's copy, while it is fresh;
 * 3. the copy another process of this n8n saved (queue mode, when a shared store is given);
 * 4. one grant or refresh at a time per token: in this process, and across processes through the shared store;
 * 5. saved here (and there), then handed out, every token joining the caller's redaction list.
 * A 401 renews: the refused token is dropped here and there unless someone already replaced it, then 2-5 again.
 */

export interface TokenSource {
	flow: TokenFlow;
	credentials: ICredentialDataDecryptedObject;
	/** Sends one token request: the engine's goes through n8n's authenticated helper, preAuthentication's through n8n's plain one. */
	send: TokenSender;
	now?: () => number;
	/** How long a token request is repeated through faults (the node's Retry Budget); the default when absent. */
	retryBudgetMs?: number;
	/** The wait between those attempts (a test's virtual clock); n8n's sleep when absent. */
	pause?: (ms: number) => Promise<void>;
	/** Tokens shared by every process of the n8n instance (queue mode); a single n8n has none. */
	shared?: SharedTokens;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** What a token belongs to, hashed: its name in the shared store. Never contains a secret. */
export function tokenKey(flow: TokenFlow, credentials: ICredentialDataDecryptedObject): string {
	return sha256(`${flow.displayName}\n${flow.identity(credentials)}`);
}

interface TokenIds {
	/** The shared store's name for the token. */
	key: string;
	/**
	 * The grant request, secrets included, hashed. Whoever can send that grant could get a token anyway, so only they
	 * are handed the copy: the shared store encrypts with it, and this process files its copies under it.
	 */
	secret: string;
	/** This process's name for the token. */
	local: string;
}

function idsOf(flow: TokenFlow, credentials: ICredentialDataDecryptedObject): TokenIds {
	const key = tokenKey(flow, credentials);
	const secret = sha256(`${flow.displayName}\n${JSON.stringify(flow.grant(credentials))}`);
	return { key, secret, local: `${key}.${secret}` };
}

/**
 * This process's copies. The action nodes, the triggers and the credentials load this one module, so they all see
 * the same tokens, and every execution reuses a token until shortly before it expires.
 */
const held = new Map<string, StoredToken>();
/** The grant or refresh under way per token: callers that arrive meanwhile wait for it. */
const underWay = new Map<string, Promise<StoredToken>>();

const isFresh = (token: StoredToken | undefined, now: number): token is StoredToken => token !== undefined && now < token.renewAt;

/** The token for the next request: this process's copy while it is fresh, else the one fetch under way. */
export async function currentToken(source: TokenSource): Promise<StoredToken> {
	const ids = idsOf(source.flow, source.credentials);
	const mine = held.get(ids.local);
	if (isFresh(mine, (source.now ?? Date.now)())) return mine;
	return await fetchOnce(source, ids);
}

/** The service refused `refused` (401): replace it, here and in the shared store, unless someone already did. */
export async function renewToken(source: TokenSource, refused: string): Promise<StoredToken> {
	const ids = idsOf(source.flow, source.credentials);
	const mine = held.get(ids.local);
	// Kept, expired, for its refresh token.
	if (mine?.accessToken === refused) held.set(ids.local, { ...mine, renewAt: 0, expiresAt: 0 });
	else if (isFresh(mine, (source.now ?? Date.now)())) return mine;
	return await fetchOnce(source, ids, refused);
}

/** Runs one fetch per token at a time. It starts on the next tick, so whoever checks `underWay` meanwhile sees it. */
async function fetchOnce(source: TokenSource, ids: TokenIds, refused?: string): Promise<StoredToken> {
	const running = underWay.get(ids.local);
	if (running) return await running;
	const fetching = Promise.resolve()
		.then(async () => await fetchToken(source, ids, refused))
		.finally(() => underWay.delete(ids.local));
	underWay.set(ids.local, fetching);
	return await fetching;
}

async function fetchToken(source: TokenSource, ids: TokenIds, refused: string | undefined): Promise<StoredToken> {
	const { shared } = source;
	const now = source.now ?? Date.now;
	// Within the fetch, so no caller of this process reads the refused token back meanwhile.
	if (refused !== undefined) await shared?.forget(ids.key, refused);
	const theirs = await shared?.read(ids.key, ids.secret);
	if (isFresh(theirs, now())) return keep(ids, theirs);
	const previous = held.get(ids.local);
	const token = shared
		? await shared.obtainOnce(ids.key, ids.secret, now, async (saved) => await grantOrRefresh(source, saved ?? previous))
		: await grantOrRefresh(source, previous);
	return keep(ids, token);
}

function keep(ids: TokenIds, token: StoredToken): StoredToken {
	held.set(ids.local, token);
	return token;
}

/** A refreshed token when the flow has refresh tokens and one is at hand, else a new grant. */
async function grantOrRefresh(source: TokenSource, previous: StoredToken | undefined): Promise<StoredToken> {
	const { flow, credentials, send } = source;
	const now = source.now ?? Date.now;
	const secrets = flow.secrets(credentials).filter(Boolean);
	const retrying = { defaultLifetimeMs: flow.defaultLifetimeMs, retryBudgetMs: source.retryBudgetMs, pause: source.pause };
	if (previous?.refreshToken && flow.refresh) {
		const refreshToken = previous.refreshToken;
		const renewed = await requestToken(send, flow.displayName, flow.refresh(credentials, refreshToken), [...secrets, refreshToken], now, retrying).catch(
			(error: unknown) => (error instanceof Error ? error : new Error(String(error))),
		);
		// Services that rotate refresh tokens send a new one; others keep the old one valid.
		if (!(renewed instanceof Error)) return { ...renewed, refreshToken: renewed.refreshToken ?? refreshToken };
		// A refused or expired refresh token is normal: the full grant below replaces it. Anything else is not.
		if (!(renewed instanceof TokenRequestError)) throw renewed;
	}
	return await requestToken(send, flow.displayName, flow.grant(credentials), secrets, now, retrying);
}

/** This process's copy for these credentials, fresh or not (the credential's `authenticate` decides). */
export function heldToken(flow: TokenFlow, credentials: ICredentialDataDecryptedObject): StoredToken | undefined {
	return held.get(idsOf(flow, credentials).local);
}

/** The fetch under way for these credentials, if any; it never rejects (its callers see the failure). */
export function tokenUnderWay(flow: TokenFlow, credentials: ICredentialDataDecryptedObject): Promise<unknown> | undefined {
	return underWay.get(idsOf(flow, credentials).local)?.catch(() => undefined);
}

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
	const remember = (values: Array<string | undefined>) => {
		for (const value of values) if (value && !secrets.includes(value)) secrets.push(value);
	};
	remember(source.flow.secrets(source.credentials));
	const handOut = (token: StoredToken): string => {
		remember([token.accessToken, token.refreshToken]);
		return token.accessToken;
	};
	return {
		current: async () => handOut(await currentToken(source)),
		renew: async (refused) => handOut(await renewToken(source, refused)),
	};
}

/** For tests: forget every token. */
export function resetTokenStore(): void {
	held.clear();
	underWay.clear();
}
