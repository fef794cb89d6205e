import { ensureToken, renewToken, type TokenSource } from '../../../../nodes/shared/auth/ensureToken';
import { TokenRequestError } from '../../../../nodes/shared/auth/tokenRequest';
import { resetTokenStore } from '../../../../nodes/shared/auth/tokenStore';
import { CLIENT_SECRET, testFlow, tokenContext, tokenServer, type TokenServer } from './authSetup';

let service: TokenServer;
let now = 1_000_000;

function source(overrides: Record<string, string> = {}): TokenSource {
	const credentials = { ...service.credentials, ...overrides };
	return { ctx: tokenContext(credentials).ctx, flow: testFlow, credentialType: 'testApi', credentials, now: () => now };
}

beforeEach(async () => {
	now = 1_000_000;
	resetTokenStore();
	service = await tokenServer();
});
afterEach(() => service.server.close());

describe('ensureToken: one cached token per credential', () => {
	it('reuses the token until a minute before it expires, then gets a new one', async () => {
		const first = await ensureToken(source());
		now += 3_539_000;
		expect((await ensureToken(source())).accessToken).toBe(first.accessToken);
		now += 2_000; // 59 s before expiry: inside the safety margin
		const second = await ensureToken(source());
		expect(second.accessToken).not.toBe(first.accessToken);
		expect(service.tokenRequests()).toHaveLength(2);
	});

	it('keeps a tenth of a short lifetime as margin', async () => {
		service.answer.expiresIn = 10;
		const first = await ensureToken(source());
		now += 8_900;
		expect((await ensureToken(source())).accessToken).toBe(first.accessToken);
		now += 200;
		expect((await ensureToken(source())).accessToken).not.toBe(first.accessToken);
	});

	it('sends the grant as a form, without an Authorization header (the credential leaves token requests alone)', async () => {
		await ensureToken(source());
		const [seen] = service.server.requests;
		expect(seen.method).toBe('POST');
		expect(seen.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(seen.headers.authorization).toBeUndefined();
		expect(Object.fromEntries(new URLSearchParams(seen.body))).toEqual({ grant_type: 'client_credentials', client_id: 'client-1', client_secret: CLIENT_SECRET, scope: 'read' });
	});

	it('asks once for many concurrent callers', async () => {
		service.answer.delayMs = 50;
		const tokens = await Promise.all(Array.from({ length: 10 }, () => ensureToken(source())));
		expect(new Set(tokens.map((token) => token.accessToken)).size).toBe(1);
		expect(service.tokenRequests()).toHaveLength(1);
	});

	it('keeps tokens of different identities apart (another scope, another client)', async () => {
		const read = await ensureToken(source());
		const write = await ensureToken(source({ scope: 'write' }));
		const other = await ensureToken(source({ clientId: 'client-2' }));
		expect(new Set([read.accessToken, write.accessToken, other.accessToken]).size).toBe(3);
		expect((await ensureToken(source())).accessToken).toBe(read.accessToken);
	});
});

describe('ensureToken: refresh tokens', () => {
	it('trades the refresh token for a new token before asking anew', async () => {
		service.answer.refresh = true;
		const first = await ensureToken(source());
		now += 3_600_000;
		const second = await ensureToken(source());
		const [, refresh] = service.tokenRequests();
		expect(refresh.get('grant_type')).toBe('refresh_token');
		expect(refresh.get('refresh_token')).toBe(first.refreshToken);
		expect(second.accessToken).not.toBe(first.accessToken);
	});

	it('falls back to the full grant when the refresh token is refused', async () => {
		service.answer.refresh = true;
		await ensureToken(source());
		service.answer.refuseRefresh = true;
		now += 3_600_000;
		const renewed = await ensureToken(source());
		expect(service.tokenRequests().map((form) => form.get('grant_type'))).toEqual(['client_credentials', 'refresh_token', 'client_credentials']);
		expect(service.valid.has(renewed.accessToken)).toBe(true);
	});

	it('renews a refused token once, but keeps a token someone else already renewed', async () => {
		const first = await ensureToken(source());
		const second = await renewToken(source(), first.accessToken);
		expect(second.accessToken).not.toBe(first.accessToken);
		// A late caller reporting the old token must not throw the new one away.
		expect((await renewToken(source(), first.accessToken)).accessToken).toBe(second.accessToken);
		expect(service.tokenRequests()).toHaveLength(2);
	});
});

describe('ensureToken: failures', () => {
	it('reports a refused grant with the service words, the status and no secret', async () => {
		service.answer.refuseGrant = true;
		const error = await ensureToken(source()).then(
			() => undefined,
			(rejection: unknown) => rejection,
		);
		expect(error).toBeInstanceOf(TokenRequestError);
		const failure = error as TokenRequestError;
		expect(failure.httpStatus).toBe(400);
		expect(failure.endpoint).toBe('POST /token');
		expect(failure.message).toBe('Svc (HTTP 400): invalid_grant: refused [redacted]');
		expect(JSON.stringify(failure.body)).not.toContain(CLIENT_SECRET);
	});

	it('reports an unreachable token endpoint once the retry budget is spent', async () => {
		// This test's clock stands still, so only a budget of 0 ends the retries; requestToken.test.ts times a real budget.
		const unreachable = { ...source({ tokenUrl: 'http://127.0.0.1:9/token' }), retryBudgetMs: 0 };
		await expect(ensureToken(unreachable)).rejects.toThrow(/could not reach the token endpoint/);
	});

	it('does not cache a failure: the next call asks again', async () => {
		service.answer.refuseGrant = true;
		await expect(ensureToken(source())).rejects.toThrow();
		service.answer.refuseGrant = false;
		await expect(ensureToken(source())).resolves.toMatchObject({ accessToken: expect.stringMatching(/^tok_/) });
	});
});
