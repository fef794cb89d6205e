import { httpRequest } from '../shared';
import { mockGet, mockToken } from './forstaTestClient';
import { startForstaMock, type ForstaMock } from './startForstaMock';

const form = (fields: Record<string, string>) => ({
	method: 'POST',
	body: new URLSearchParams(fields).toString(),
	headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('Forsta mock: identity server and tokens', () => {
	let mock: ForstaMock;
	let now = Date.UTC(2025, 0, 6);

	beforeEach(async () => {
		now = Date.UTC(2025, 0, 6);
		mock = await startForstaMock({ clock: () => now, tokens: { requestsPerToken: 3 } });
	});
	afterEach(() => mock.close());

	it('issues an api-user token for a form-encoded grant, in the documented shape', async () => {
		const answer = await httpRequest(
			`${mock.url}/identity/connect/token`,
			form({ grant_type: 'api-user', client_id: mock.clientId, client_secret: mock.clientSecret, scope: 'pub.surveys' }),
		);
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({ access_token: expect.any(String), expires_in: 3600, token_type: 'Bearer' });
		expect(mock.tokens.issued).toBe(1);
	});

	it('accepts the client as HTTP Basic too, and refuses wrong secrets, other grants, JSON bodies and unknown scopes', async () => {
		const basic = Buffer.from(`${mock.clientId}:${mock.clientSecret}`).toString('base64');
		const viaBasic = await httpRequest(`${mock.url}/identity/connect/token`, {
			...form({ grant_type: 'api-user', scope: 'pub.hubs' }),
			headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
		});
		expect(viaBasic.status).toBe(200);
		const refusals = [
			form({ grant_type: 'api-user', client_id: mock.clientId, client_secret: 'wrong', scope: 'pub.surveys' }),
			form({ grant_type: 'client_credentials', client_id: mock.clientId, client_secret: mock.clientSecret, scope: 'pub.surveys' }),
			form({ grant_type: 'api-user', client_id: mock.clientId, client_secret: mock.clientSecret, scope: 'pub.admin' }),
			{ method: 'POST', body: { grant_type: 'api-user', client_id: mock.clientId, client_secret: mock.clientSecret, scope: 'pub.surveys' } },
		];
		const errors = [];
		for (const request of refusals) {
			const answer = await httpRequest(`${mock.url}/identity/connect/token`, request);
			expect(answer.status).toBe(400);
			errors.push((answer.body as { error: string }).error);
		}
		expect(errors).toEqual(['invalid_client', 'unsupported_grant_type', 'invalid_scope', 'invalid_request']);
	});

	it('refuses API calls without a valid token (401), and a token without the API scope (403)', async () => {
		expect((await mockGet(mock, 'not-a-token', '/v1/surveys')).status).toBe(401);
		const surveysOnly = await mockToken(mock, 'pub.surveys');
		expect((await mockGet(mock, surveysOnly, '/v1/surveys')).status).toBe(200);
		const hubs = await mockGet(mock, surveysOnly, '/v1/hubs');
		expect(hubs.status).toBe(403);
		expect(hubs.rawBody).toContain('pub.hubs');
	});

	it('expires tokens by time, after a number of requests, and on demand', async () => {
		const token = await mockToken(mock);
		for (let i = 0; i < 3; i++) expect((await mockGet(mock, token, '/v1/hubs')).status).toBe(200);
		expect((await mockGet(mock, token, '/v1/hubs')).status).toBe(401);

		const timed = await mockToken(mock);
		now += 3_600_000;
		expect((await mockGet(mock, timed, '/v1/hubs')).status).toBe(401);

		const revoked = await mockToken(mock);
		await httpRequest(`${mock.url}/__mock/forsta/tokens/expire`, { method: 'POST' });
		expect((await mockGet(mock, revoked, '/v1/hubs')).status).toBe(401);
	});
});
