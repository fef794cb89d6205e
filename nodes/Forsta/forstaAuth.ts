import type { TokenFlow } from '../shared/auth/types';
import { forstaHosts, forstaScope } from './forstaHosts';

/**
 * Forsta's api-user grant: `POST {idp}/identity/connect/token`, form-encoded, client id and secret in the form.
 * It is not a standard OAuth2 grant, so n8n's OAuth2 credential cannot send it. Forsta issues no refresh tokens.
 */
export const forstaTokenFlow: TokenFlow = {
	displayName: 'Forsta',
	identity: (credentials) => [forstaHosts(credentials).idp, String(credentials.clientId ?? '').trim(), forstaScope(credentials)].join('\n'),
	grant: (credentials) => ({
		url: `${forstaHosts(credentials).idp}/identity/connect/token`,
		form: {
			grant_type: 'api-user',
			client_id: String(credentials.clientId ?? '').trim(),
			client_secret: String(credentials.clientSecret ?? ''),
			scope: forstaScope(credentials),
		},
	}),
	secrets: (credentials) => [String(credentials.clientSecret ?? ''), String(credentials.accessToken ?? '')],
};
