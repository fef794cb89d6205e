import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import { isTokenRequest } from './tokenRequest';
import { heldToken, tokenUnderWay } from './tokens';
import type { TokenFlow } from './types';

/**
 * The token a request is sent with: this process's copy while it is fresh, else the one n8n's `preAuthentication`
 * saved in the credential's hidden `expirableField` (the editor's Test button, a fresh n8n process), else the last
 * copy, however old; undefined when there is none.
 */
export function bearerToken(flow: TokenFlow, credentials: ICredentialDataDecryptedObject, expirableField = 'accessToken', now = Date.now()): string | undefined {
	const mine = heldToken(flow, credentials);
	const saved = typeof credentials[expirableField] === 'string' ? (credentials[expirableField] as string) : '';
	return (mine && now < mine.renewAt ? mine.accessToken : undefined) || saved || mine?.accessToken || undefined;
}

/** The request with a Bearer header of `bearerToken`; a token request (marked by the engine) is left as it is. */
export function withStoredBearer(
	flow: TokenFlow,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
	expirableField = 'accessToken',
	now = Date.now(),
): IHttpRequestOptions {
	if (isTokenRequest(options)) return options;
	const token = bearerToken(flow, credentials, expirableField, now);
	if (!token) return options;
	return { ...options, headers: { ...(options.headers ?? {}), Authorization: `Bearer ${token}` } };
}

/**
 * The body of a credential's `authenticate`: `withStoredBearer`, once a token fetch under way for the credential
 * has ended, so a request that arrives meanwhile goes with the new token rather than none or a refused one.
 */
export async function authenticateWithBearer(
	flow: TokenFlow,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
	expirableField = 'accessToken',
): Promise<IHttpRequestOptions> {
	// The token request itself must not wait: its fetch is the one under way.
	if (!isTokenRequest(options)) await tokenUnderWay(flow, credentials);
	return withStoredBearer(flow, credentials, options, expirableField);
}
