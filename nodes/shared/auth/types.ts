import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** One form-encoded POST to a token endpoint. */
export interface TokenHttpRequest {
	url: string;
	form: Record<string, string>;
	/** Client id and secret as HTTP Basic, for services that want them there instead of (or as well as) the form. */
	basicAuth?: { username: string; password: string };
}

/**
 * How a service hands out short-lived bearer tokens. The shared engine caches, refreshes and renews them; a flow
 * only says which requests to send and what identifies a token.
 */
export interface TokenFlow {
	/** Shown in errors, e.g. "Forsta". */
	displayName: string;
	/**
	 * What a token belongs to: host, client id, scope, user. Hashed before it is used as a key; it must not contain
	 * the secret, and two credentials with the same identity share their token.
	 */
	identity(credentials: ICredentialDataDecryptedObject): string;
	/** The request for a new token with the credential's own grant (client credentials, api-user, password…). */
	grant(credentials: ICredentialDataDecryptedObject): TokenHttpRequest;
	/** The request that trades a refresh token for a new token; absent when the service issues none. */
	refresh?(credentials: ICredentialDataDecryptedObject, refreshToken: string): TokenHttpRequest;
	/** Credential values that must never appear in errors or output (client secret, password). */
	secrets(credentials: ICredentialDataDecryptedObject): string[];
	/** Used when the token response names no lifetime; one hour unless the service says otherwise. */
	defaultLifetimeMs?: number;
}

export interface StoredToken {
	accessToken: string;
	refreshToken?: string;
	/** When the service stops accepting the token (ms since the epoch). */
	expiresAt: number;
	/** From this moment the token is replaced before use: a safety margin before `expiresAt`. */
	renewAt: number;
}
