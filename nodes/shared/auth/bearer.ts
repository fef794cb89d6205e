import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import { freshToken, storedToken, tokenKey } from './tokenStore';
import type { TokenFlow } from './types';

/**
 * Marks a request as a token request, which the credential's `authenticate` must send as it is. A registered
 * symbol: it is never serialised or sent, and it is the same symbol in every module that asks for it.
 */
const TOKEN_REQUEST = Symbol.for('n8n-nodes-service-pack.tokenRequest');

type Marked = IHttpRequestOptions & { [TOKEN_REQUEST]?: true };

export function markTokenRequest(options: IHttpRequestOptions): IHttpRequestOptions {
	(options as Marked)[TOKEN_REQUEST] = true;
	return options;
}

export function isTokenRequest(options: IHttpRequestOptions): boolean {
	return (options as Marked)[TOKEN_REQUEST] === true;
}

/**
 * The body of a credential's `authenticate`: a Bearer header with the token the engine keeps for this credential.
 * Without a usable one in the store (the editor's Test button, a fresh n8n process) it takes the token n8n's
 * `preAuthentication` saved in the credential's hidden `expirableField`.
 */
export function withStoredBearer(
	flow: TokenFlow,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
	expirableField = 'accessToken',
	now = Date.now(),
): IHttpRequestOptions {
	if (isTokenRequest(options)) return options;
	const key = tokenKey(flow, credentials);
	const saved = typeof credentials[expirableField] === 'string' ? (credentials[expirableField] as string) : '';
	const token = freshToken(key, now)?.accessToken || saved || storedToken(key)?.accessToken;
	if (!token) return options;
	return { ...options, headers: { ...(options.headers ?? {}), Authorization: `Bearer ${token}` } };
}
