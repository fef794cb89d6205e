import { httpRequest } from '../shared';
import { FF_CLIENT, MOCK_API } from './constants';
import { startFasterForwardMock, type FasterForwardMock } from './startFasterForwardMock';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const clientForm = { client_id: FF_CLIENT.clientId, client_secret: FF_CLIENT.clientSecret };

describe('Faster Forward mock', () => {
	let now = 1_000_000;
	let mock: FasterForwardMock;
	beforeEach(async () => {
		now = 1_000_000;
		mock = await startFasterForwardMock({ clock: () => now, rateLimit: { perSecond: { limit: 5, windowMs: 1_000 }, perDay: { limit: 12, windowMs: 86_400_000 } }, bodyLimitBytes: 2_000 });
	});
	afterEach(() => mock.close());

	const token = async (fields: Record<string, string>, headers: Record<string, string> = {}) =>
		await httpRequest(`${mock.url}/oauth/access_token`, { method: 'POST', headers: { ...FORM, ...headers }, body: form(fields) });
	const api = (path: string, accessToken: string, body?: unknown) =>
		httpRequest(`${mock.url}${MOCK_API}${path}`, { method: body === undefined ? 'GET' : 'POST', body, headers: { authorization: `Bearer ${accessToken}` } });

	it('answers the documented token response for client credentials, Basic auth and the password grant', async () => {
		const issued = await token({ grant_type: 'client_credentials', ...clientForm, scope: 'klant' });
		expect(issued.body).toEqual({ access_token: expect.any(String), expires_in: 3600, token_type: 'Bearer', scope: 'klant', refresh_token: expect.any(String) });
		const basic = `Basic ${Buffer.from(`${FF_CLIENT.clientId}:${FF_CLIENT.clientSecret}`).toString('base64')}`;
		expect((await token({ grant_type: 'client_credentials' }, { authorization: basic })).status).toBe(200);
		expect((await token({ grant_type: 'password', ...clientForm, username: FF_CLIENT.username, password: FF_CLIENT.password })).status).toBe(200);
		expect((await token({ grant_type: 'password', ...clientForm, username: FF_CLIENT.username, password: 'wrong' })).body).toMatchObject({ error: 'invalid_grant' });
		expect((await token({ grant_type: 'client_credentials', client_id: FF_CLIENT.clientId, client_secret: 'nope' })).status).toBe(401);
		expect((await token({ grant_type: 'client_credentials', ...clientForm }, { authorization: 'Bearer abc' })).status).toBe(400);
	});

	it('expires access tokens and trades each refresh token once', async () => {
		const first = (await token({ grant_type: 'client_credentials', ...clientForm })).body as { access_token: string; refresh_token: string };
		expect((await api('/whoami', first.access_token)).status).toBe(200);
		now += 3_600_000;
		expect((await api('/whoami', first.access_token)).status).toBe(401);
		const renewed = (await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token, ...clientForm })).body as { access_token: string };
		expect((await api('/whoami', renewed.access_token)).status).toBe(200);
		expect((await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token, ...clientForm })).body).toMatchObject({ error: 'invalid_grant' });
		expect(mock.tokens.issued).toEqual({ client_credentials: 1, password: 0, refresh_token: 1 });
	});

	it('answers the two documented 429 bodies: 5 per second, then the daily quota', async () => {
		const { access_token: accessToken } = (await token({ grant_type: 'client_credentials', ...clientForm })).body as { access_token: string };
		for (let i = 0; i < 5; i++) expect((await api('/records', accessToken)).status).toBe(200);
		const fast = await api('/records', accessToken);
		expect(fast.status).toBe(429);
		expect(fast.body).toEqual({ error: 'Limit exceeded of 5 request(s) in 1 second(s)' });
		now += 1_000;
		for (let i = 0; i < 5; i++) expect((await api('/records', accessToken)).status).toBe(200);
		now += 1_000;
		expect((await api('/records', accessToken)).status).toBe(200);
		expect((await api('/records', accessToken)).status).toBe(200);
		const daily = await api('/records', accessToken);
		expect(daily.body).toEqual({ error: 'Limit exceeded of 100,000 request(s) in one day' });
		expect(mock.counts).toMatchObject({ perSecond429: 1, daily429: 1 });
	});

	it('refuses an oversized body with the documented 400, before auth', async () => {
		const refused = await api('/documents', 'no-token', { document: 'x'.repeat(3_000) });
		expect(refused.status).toBe(400);
		expect(refused.body).toEqual({ error: 'Request body is groter dan toegestaan', toegestaan: '2000 bytes', ontvangen: '3015 bytes' });
		expect(mock.uploads).toEqual([]);
	});

	it('pages its test records by page number and by next link', async () => {
		const { access_token: accessToken } = (await token({ grant_type: 'client_credentials', ...clientForm })).body as { access_token: string };
		expect((await api('/records?page=3&pageSize=100', accessToken)).body).toMatchObject({ meta: { pageCount: 3 }, data: expect.arrayContaining([expect.objectContaining({ id: 250 })]) });
		const linked = (await api('/linked-records?from=241', accessToken)).body as { data: unknown[]; links: { next: unknown } };
		expect(linked.data).toHaveLength(10);
		expect(linked.links.next).toBeNull();
	});
});
