import { httpRequest, type HttpResult } from '../shared';
import type { ForstaMock } from './startForstaMock';

/** A token from the mock's identity server, the way the docs show it (form body). */
export async function mockToken(mock: ForstaMock, scope = 'pub.surveys pub.hubs'): Promise<string> {
	const body = new URLSearchParams({ grant_type: 'api-user', client_id: mock.clientId, client_secret: mock.clientSecret, scope }).toString();
	const answer = await httpRequest(`${mock.url}/identity/connect/token`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
	if (answer.status !== 200) throw new Error(`token request failed: ${answer.rawBody}`);
	return (answer.body as { access_token: string }).access_token;
}

export async function mockGet(mock: ForstaMock, token: string, path: string, headers: Record<string, string> = {}): Promise<HttpResult> {
	return await httpRequest(`${mock.url}${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...headers } });
}
