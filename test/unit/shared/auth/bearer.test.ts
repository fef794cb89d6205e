import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { isTokenRequest, markTokenRequest, withStoredBearer } from '../../../../nodes/shared/auth/bearer';
import { preAuthenticate } from '../../../../nodes/shared/auth/preAuthentication';
import { forgetToken, renewTime, resetTokenStore, saveToken, tokenKey } from '../../../../nodes/shared/auth/tokenStore';
import { CLIENT_SECRET, testFlow } from './authSetup';

const credentials = { clientId: 'client-1', clientSecret: CLIENT_SECRET, scope: 'read', tokenUrl: 'https://auth.example.com/token', accessToken: '' };
const request: IHttpRequestOptions = { method: 'GET', url: 'https://api.example.com/things', headers: { accept: 'application/json' } };

beforeEach(() => resetTokenStore());

function store(accessToken: string, renewAt: number): void {
	saveToken(tokenKey(testFlow, credentials), { accessToken, expiresAt: renewAt + 60_000, renewAt });
}

describe('withStoredBearer (the body of the credential’s authenticate)', () => {
	it('sets the stored token as Bearer and keeps the other headers', () => {
		store('stored-token', Date.now() + 600_000);
		expect(withStoredBearer(testFlow, credentials, request).headers).toEqual({ accept: 'application/json', Authorization: 'Bearer stored-token' });
	});

	it('leaves a marked token request alone', () => {
		store('stored-token', Date.now() + 600_000);
		const marked = markTokenRequest({ ...request });
		expect(isTokenRequest(marked)).toBe(true);
		expect(withStoredBearer(testFlow, credentials, marked).headers).toEqual({ accept: 'application/json' });
		expect(isTokenRequest(request)).toBe(false);
		// The mark is not a header and not serialised.
		expect(JSON.stringify(marked)).not.toContain('tokenRequest');
	});

	it('prefers the token n8n saved in the credential over an expired stored one, and uses either when it is all there is', () => {
		const now = 5_000_000;
		store('old-token', now - 1);
		expect(withStoredBearer(testFlow, { ...credentials, accessToken: 'saved-token' }, request, 'accessToken', now).headers?.Authorization).toBe('Bearer saved-token');
		expect(withStoredBearer(testFlow, credentials, request, 'accessToken', now).headers?.Authorization).toBe('Bearer old-token');
		resetTokenStore();
		expect(withStoredBearer(testFlow, credentials, request).headers?.Authorization).toBeUndefined();
	});

	it('a forgotten (refused) token is no longer fresh', () => {
		const now = 5_000_000;
		store('refused-token', now + 600_000);
		forgetToken(tokenKey(testFlow, credentials), 'refused-token');
		expect(withStoredBearer(testFlow, { ...credentials, accessToken: 'saved-token' }, request, 'accessToken', now).headers?.Authorization).toBe('Bearer saved-token');
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

describe('preAuthenticate (the body of the credential’s preAuthentication)', () => {
	it('asks for a token with n8n’s plain httpRequest, stores it, and returns it for the hidden field', async () => {
		const sent: IHttpRequestOptions[] = [];
		const helper = {
			helpers: {
				httpRequest: async (options: IHttpRequestOptions) => {
					sent.push(options);
					return { statusCode: 200, headers: {}, body: { access_token: 'pre-auth-token', expires_in: 3600 } };
				},
			},
		} as unknown as IHttpRequestHelper;
		expect(await preAuthenticate(helper, testFlow, credentials)).toEqual({ accessToken: 'pre-auth-token' });
		expect(sent[0]).toMatchObject({ method: 'POST', url: 'https://auth.example.com/token', ignoreHttpStatusErrors: true, returnFullResponse: true });
		expect(withStoredBearer(testFlow, credentials, request).headers?.Authorization).toBe('Bearer pre-auth-token');
	});

	it('fails with the service words and without the secret when the grant is refused', async () => {
		const helper = {
			helpers: { httpRequest: async () => ({ statusCode: 401, headers: {}, body: { error: 'invalid_client', error_description: `bad secret ${CLIENT_SECRET}` } }) },
		} as unknown as IHttpRequestHelper;
		const error = (await preAuthenticate(helper, testFlow, credentials).catch((rejection: unknown) => rejection)) as Error;
		expect(error.message).toBe('Svc (HTTP 401): invalid_client: bad secret [redacted]');
	});
});
