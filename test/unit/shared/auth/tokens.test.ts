import { throughCredential, TokenRequestError } from '../../../../nodes/shared/auth/tokenRequest';
import { currentToken, renewToken, resetTokenStore, tokenSession, type TokenSource } from '../../../../nodes/shared/auth/tokens';
import { CLIENT_SECRET, testFlow, tokenContext, tokenServer, type TokenServer } from './authSetup';

let service: TokenServer;
let now = 1_000_000;

function source(overrides: Record<string, string> = {}): TokenSource {
	const credentials = { ...service.credentials, ...overrides };
	return { send: throughCredential(tokenContext(credentials).ctx, 'testApi'), flow: testFlow, credentials, now: () => now };
}

beforeEach(async () => {
	now = 1_000_000;
	resetTokenStore();
	service = await tokenServer();
});
afterEach(() => service.server.close());

describe('currentToken: one cached token per credential', () => {
	it('reuses the token until a minute before it expires, then gets a new one', async () => {
		const first = await currentToken(source());
		now += 3_539_000;
		expect((await currentToken(source())).accessToken).toBe(first.accessToken);
		now += 2_000; // 59 s before expiry: inside the safety margin
		const second = await currentToken(source());
		expect(second.accessToken).not.toBe(first.accessToken);
		expect(service.tokenRequests()).toHaveLength(2);
	});

	it('keeps a tenth of a short lifetime as margin', async () => {
		service.answer.expiresIn = 10;
		const first = await currentToken(source());
		now += 8_900;
		expect((await currentToken(source())).accessToken).toBe(first.accessToken);
		now += 200;
		expect((await currentToken(source())).accessToken).not.toBe(first.accessToken);
	});

	it('sends the grant as a form, without an Authorization header (the credential leaves token requests alone)', async () => {
		await currentToken(source());
		const [seen] = service.server.requests;
		expect(seen.method).toBe('POST');
		expect(seen.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(seen.headers.authorization).toBeUndefined();
		expect(Object.fromEntries(new URLSearchParams(seen.body))).toEqual({ grant_type: 'client_credentials', client_id: 'client-1', client_secret: CLIENT_SECRET, scope: 'read' });
	});

	it('asks once for many concurrent callers', async () => {
		service.answer.delayMs = 50;
		const tokens = await Promise.all(Array.from({ length: 10 }, async () => await currentToken(source())));
		expect(new Set(tokens.map((token) => token.accessToken)).size).toBe(1);
		expect(service.tokenRequests()).toHaveLength(1);
	});

	it('keeps tokens of different identities apart (another scope, another client)', async () => {
		const read = await currentToken(source());
		const write = await currentToken(source({ scope: 'write' }));
		const other = await currentToken(source({ clientId: 'client-2' }));
		expect(new Set([read.accessToken, write.accessToken, other.accessToken]).size).toBe(3);
		expect((await currentToken(source())).accessToken).toBe(read.accessToken);
	});

	it('hands a token only to credentials with the secret it was granted with', async () => {
		const granted = await currentToken(source());
		const other = await currentToken(source({ clientSecret: 'another-secret-9c1d' }));
		expect(other.accessToken).not.toBe(granted.accessToken);
		expect(service.tokenRequests().map((form) => form.get('client_secret'))).toEqual([CLIENT_SECRET, 'another-secret-9c1d']);
	});
});

describe('currentToken: refresh tokens', () => {
	it('trades the refresh token for a new token before asking anew', async () => {
		service.answer.refresh = true;
		const first = await currentToken(source());
		now += 3_600_000;
		const second = await currentToken(source());
		const [, refresh] = service.tokenRequests();
		expect(refresh.get('grant_type')).toBe('refresh_token');
		expect(refresh.get('refresh_token')).toBe(first.refreshToken);
		expect(second.accessToken).not.toBe(first.accessToken);
	});

	it('falls back to the full grant when the refresh token is refused', async () => {
		service.answer.refresh = true;
		await currentToken(source());
		service.answer.refuseRefresh = true;
		now += 3_600_000;
		const renewed = await currentToken(source());
		expect(service.tokenRequests().map((form) => form.get('grant_type'))).toEqual(['client_credentials', 'refresh_token', 'client_credentials']);
		expect(service.valid.has(renewed.accessToken)).toBe(true);
	});
});

describe('renewToken: after a 401', () => {
	it('renews a refused token once, but keeps a token someone else already renewed', async () => {
		const first = await currentToken(source());
		const second = await renewToken(source(), first.accessToken);
		expect(second.accessToken).not.toBe(first.accessToken);
		// A late caller reporting the old token must not throw the new one away.
		expect((await renewToken(source(), first.accessToken)).accessToken).toBe(second.accessToken);
		expect(service.tokenRequests()).toHaveLength(2);
	});

	it('callers that see the same 401 at once share one new token', async () => {
		service.answer.delayMs = 50;
		const first = await currentToken(source());
		const renewed = await Promise.all(Array.from({ length: 5 }, async () => await renewToken(source(), first.accessToken)));
		expect(new Set(renewed.map((token) => token.accessToken)).size).toBe(1);
		expect(service.tokenRequests()).toHaveLength(2);
	});

	it('uses the refresh token of the refused one', async () => {
		service.answer.refresh = true;
		const first = await currentToken(source());
		await renewToken(source(), first.accessToken);
		expect(service.tokenRequests().map((form) => form.get('grant_type'))).toEqual(['client_credentials', 'refresh_token']);
	});
});

describe('tokenSession: handing tokens out', () => {
	it('adds the flow secrets and every token and refresh token it hands out to the redaction list', async () => {
		service.answer.refresh = true;
		const secrets: string[] = [];
		const session = tokenSession(source(), secrets);
		expect(secrets).toEqual([CLIENT_SECRET]);
		const first = await session.current();
		const second = await session.renew(first);
		expect(secrets).toEqual([CLIENT_SECRET, first, expect.stringMatching(/^ref_1_/), second, expect.stringMatching(/^ref_2_/)]);
	});
});

describe('currentToken: failures', () => {
	it('reports a refused grant with the service words, the status and no secret', async () => {
		service.answer.refuseGrant = true;
		const error = await currentToken(source()).then(
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
		await expect(currentToken(unreachable)).rejects.toThrow(/could not reach the token endpoint/);
	});

	it('does not cache a failure: the next call asks again', async () => {
		service.answer.refuseGrant = true;
		await expect(currentToken(source())).rejects.toThrow();
		service.answer.refuseGrant = false;
		await expect(currentToken(source())).resolves.toMatchObject({ accessToken: expect.stringMatching(/^tok_/) });
	});
});
