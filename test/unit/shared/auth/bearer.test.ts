import type { IHttpRequestOptions } from 'n8n-workflow';
import { authenticateWithBearer, withStoredBearer } from '../../../../nodes/shared/auth/bearer';
import { isTokenRequest, renewTime, tokenHttpOptions } from '../../../../nodes/shared/auth/tokenRequest';
import { currentToken, renewToken, resetTokenStore, tokenKey } from '../../../../nodes/shared/auth/tokens';
import { CLIENT_SECRET, testFlow } from './authSetup';

const credentials = { clientId: 'client-1', clientSecret: CLIENT_SECRET, scope: 'read', tokenUrl: 'https://auth.example.com/token', accessToken: '' };
const request: IHttpRequestOptions = { method: 'GET', url: 'https://api.example.com/things', headers: { accept: 'application/json' } };
const granted = (accessToken: string, expiresIn = 3600) => ({ statusCode: 200, body: { access_token: accessToken, expires_in: expiresIn } });

beforeEach(() => resetTokenStore());

/** Puts a token obtained at `obtainedAt` into the process's copies, as the engine's flow does. */
async function hold(accessToken: string, obtainedAt: number, expiresIn = 3600): Promise<void> {
	await currentToken({ flow: testFlow, credentials, send: async () => granted(accessToken, expiresIn), now: () => obtainedAt });
}

const bearerOf = (options: IHttpRequestOptions) => (options.headers as Record<string, string> | undefined)?.Authorization;

describe('withStoredBearer (the header the credential’s authenticate sets)', () => {
	it('sets the held token as Bearer and keeps the other headers', async () => {
		await hold('held-token', Date.now());
		expect(withStoredBearer(testFlow, credentials, request).headers).toEqual({ accept: 'application/json', Authorization: 'Bearer held-token' });
	});

	it('leaves a token request alone: every token request is marked, and the mark is never sent', async () => {
		await hold('held-token', Date.now());
		const tokenRequest = tokenHttpOptions({ url: credentials.tokenUrl, form: { grant_type: 'client_credentials' } });
		expect(isTokenRequest(tokenRequest)).toBe(true);
		expect(withStoredBearer(testFlow, credentials, tokenRequest).headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' });
		expect(isTokenRequest(request)).toBe(false);
		expect(JSON.stringify(tokenRequest)).not.toContain('tokenRequest');
	});

	it('prefers the token n8n saved in the credential over an expired held one, and uses either when it is all there is', async () => {
		const now = 5_000_000;
		await hold('old-token', now - 20_000, 10);
		expect(bearerOf(withStoredBearer(testFlow, { ...credentials, accessToken: 'saved-token' }, request, 'accessToken', now))).toBe('Bearer saved-token');
		expect(bearerOf(withStoredBearer(testFlow, credentials, request, 'accessToken', now))).toBe('Bearer old-token');
		resetTokenStore();
		expect(bearerOf(withStoredBearer(testFlow, credentials, request))).toBeUndefined();
	});

	it('does not send a refused token again while its renewal failed', async () => {
		const now = 5_000_000;
		await hold('refused-token', now);
		const refusing = { flow: testFlow, credentials, send: async () => ({ statusCode: 400, body: { error: 'invalid_client' } }), now: () => now };
		await expect(renewToken(refusing, 'refused-token')).rejects.toThrow('invalid_client');
		expect(bearerOf(withStoredBearer(testFlow, { ...credentials, accessToken: 'saved-token' }, request, 'accessToken', now))).toBe('Bearer saved-token');
	});

	it('never sends a token to credentials with another secret', async () => {
		await hold('held-token', Date.now());
		expect(bearerOf(withStoredBearer(testFlow, { ...credentials, clientSecret: 'not-the-secret' }, request))).toBeUndefined();
	});

	it('keys tokens by a hash that never contains the secret', () => {
		expect(tokenKey(testFlow, credentials)).toMatch(/^[0-9a-f]{64}$/);
		expect(tokenKey(testFlow, credentials)).toBe(tokenKey(testFlow, { ...credentials, clientSecret: 'another secret' }));
		expect(tokenKey(testFlow, credentials)).not.toBe(tokenKey(testFlow, { ...credentials, scope: 'write' }));
	});

	it('renews a minute early, or a tenth of a short lifetime early', () => {
		expect(renewTime(0, 3_600_000)).toBe(3_540_000);
		expect(renewTime(0, 10_000)).toBe(9_000);
	});
});

describe('authenticateWithBearer (the body of the credential’s authenticate)', () => {
	it('holds a request that arrives while a token is being fetched, and sends it with the new token', async () => {
		let answer: (response: unknown) => void = () => undefined;
		const fetching = currentToken({ flow: testFlow, credentials, send: async () => await new Promise((resolve) => (answer = resolve)) });
		const held = authenticateWithBearer(testFlow, credentials, request);
		const tokenRequest = tokenHttpOptions({ url: credentials.tokenUrl, form: { grant_type: 'client_credentials' } });
		// The fetch's own token request passes at once: holding it would wait for itself.
		expect(bearerOf(await authenticateWithBearer(testFlow, credentials, tokenRequest))).toBeUndefined();
		await new Promise((resolve) => setImmediate(resolve));
		answer(granted('new-token'));
		await fetching;
		expect(bearerOf(await held)).toBe('Bearer new-token');
	});

	it('sends at once when no fetch is under way, and goes on when the fetch fails', async () => {
		await hold('held-token', Date.now());
		expect(bearerOf(await authenticateWithBearer(testFlow, credentials, request))).toBe('Bearer held-token');
		resetTokenStore();
		const failing = currentToken({ flow: testFlow, credentials, send: async () => ({ statusCode: 401, body: { error: 'invalid_client' } }) });
		const held = authenticateWithBearer(testFlow, { ...credentials, accessToken: 'saved-token' }, request);
		await expect(failing).rejects.toThrow('invalid_client');
		expect(bearerOf(await held)).toBe('Bearer saved-token');
	});
});
