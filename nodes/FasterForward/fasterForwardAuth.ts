import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { TokenFlow, TokenHttpRequest } from '../shared/auth/types';

/** The customer's own domain as an origin: `klant.example.nl` becomes `https://klant.example.nl`. */
export function domainOrigin(credentials: ICredentialDataDecryptedObject): string {
	const raw = String(credentials.domain ?? '').trim().replace(/\/+$/, '');
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
}

export function tokenEndpoint(credentials: ICredentialDataDecryptedObject): string {
	return `${domainOrigin(credentials)}/oauth/access_token`;
}

/** A request to the token endpoint itself (the Test button's): it carries the client's credentials, never a bearer. */
export function isTokenEndpointRequest(credentials: ICredentialDataDecryptedObject, request: { url?: string; uri?: string; baseURL?: string }): boolean {
	// n8n's HTTP Request node hands over `uri` rather than `url` when it uses this credential.
	const target = request.url ?? request.uri ?? '';
	const url = request.baseURL && !/^[a-z][a-z0-9+.-]*:/i.test(target) ? `${request.baseURL.replace(/\/+$/, '')}/${target.replace(/^\/+/, '')}` : target;
	return url.split('?')[0] === tokenEndpoint(credentials);
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Client id and secret in the form, or as HTTP Basic when the credential says so. */
function withClient(credentials: ICredentialDataDecryptedObject, form: Record<string, string>): TokenHttpRequest {
	const url = tokenEndpoint(credentials);
	const client = { username: text(credentials.clientId), password: String(credentials.clientSecret ?? '') };
	if (credentials.clientAuthentication === 'basic') return { url, form, basicAuth: client };
	return { url, form: { ...form, client_id: client.username, client_secret: client.password } };
}

/**
 * Faster Forward's documented token endpoint, `https://{domain}/oauth/access_token`, answers with an access token
 * (one hour) and a refresh token. The grant and its fields are not public, so the credential chooses them.
 */
export const fasterForwardTokenFlow: TokenFlow = {
	displayName: 'Faster Forward',
	identity: (credentials) =>
		[domainOrigin(credentials), text(credentials.clientId), credentials.grantType, credentials.grantType === 'password' ? text(credentials.username) : '', text(credentials.scope)].join('\n'),
	grant(credentials) {
		const form: Record<string, string> = { grant_type: credentials.grantType === 'password' ? 'password' : 'client_credentials' };
		if (credentials.grantType === 'password') Object.assign(form, { username: text(credentials.username), password: String(credentials.password ?? '') });
		if (text(credentials.scope)) form.scope = text(credentials.scope);
		return withClient(credentials, form);
	},
	refresh: (credentials, refreshToken) => withClient(credentials, { grant_type: 'refresh_token', refresh_token: refreshToken }),
	secrets: (credentials) => [String(credentials.clientSecret ?? ''), String(credentials.password ?? '')],
	defaultLifetimeMs: 3_600_000,
};
