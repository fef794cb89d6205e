import { parseQuery, type MockRequest, type MockResponse, type MockServer } from '../shared';
import { FF_CLIENT } from './constants';
import type { TokenAuthority } from './tokenAuthority';

const oauthError = (status: number, error: string, description: string): MockResponse => ({ status, body: { error, error_description: description } });

/** Client id and secret from HTTP Basic or from the form (either is accepted, as OAuth servers commonly do). */
function clientOf(req: MockRequest, form: Record<string, string[]>): { id?: string; secret?: string } {
	const basic = /^Basic\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
	if (basic) {
		const [id, ...rest] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
		return { id, secret: rest.join(':') };
	}
	return { id: form.client_id?.[0], secret: form.client_secret?.[0] };
}

/** `POST https://{domain}/oauth/access_token`: client credentials, password and refresh token grants. */
export function registerTokenRoute(server: MockServer, tokens: TokenAuthority): void {
	server.route('POST', '/oauth/access_token', (req) => {
		if (!/^application\/x-www-form-urlencoded\b/i.test(String(req.headers['content-type'] ?? ''))) {
			return oauthError(400, 'invalid_request', 'The request must be form-encoded');
		}
		if (/^Bearer\s/i.test(String(req.headers.authorization ?? ''))) return oauthError(400, 'invalid_request', 'A token request carries no bearer token');
		const form = parseQuery(req.rawBody);
		const client = clientOf(req, form);
		if (client.id !== FF_CLIENT.clientId || client.secret !== FF_CLIENT.clientSecret) return oauthError(401, 'invalid_client', 'Client authentication failed');
		const scope = form.scope?.[0] ?? '';
		switch (form.grant_type?.[0]) {
			case 'client_credentials':
				return { status: 200, body: tokens.issue({ clientId: client.id, scope }, 'client_credentials') };
			case 'password': {
				if (form.username?.[0] !== FF_CLIENT.username || form.password?.[0] !== FF_CLIENT.password) {
					return oauthError(400, 'invalid_grant', 'The user credentials were incorrect.');
				}
				return { status: 200, body: tokens.issue({ clientId: client.id, user: FF_CLIENT.username, scope }, 'password') };
			}
			case 'refresh_token': {
				const pair = tokens.useRefreshToken(form.refresh_token?.[0] ?? '', client.id);
				return pair ? { status: 200, body: pair } : oauthError(400, 'invalid_grant', 'The refresh token is invalid.');
			}
			default:
				return oauthError(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.');
		}
	});
}
