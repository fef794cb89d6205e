import type { ICredentialDataDecryptedObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { authenticateWithBearer } from '../../../../nodes/shared/auth/bearer';
import { preAuthenticate } from '../../../../nodes/shared/auth/preAuthentication';
import { currentToken, resetTokenStore, tokenSession } from '../../../../nodes/shared/auth/tokens';
import { CLIENT_SECRET, testFlow } from './authSetup';

const TOKEN_URL = 'https://auth.example.com/token';
const credentials = { clientId: 'client-1', clientSecret: CLIENT_SECRET, scope: 'read', tokenUrl: TOKEN_URL, accessToken: '' };

/** A token endpoint behind n8n's plain `httpRequest` helper, counting its grants. */
function tokenEndpoint() {
	const grants: IHttpRequestOptions[] = [];
	const httpRequest = async (options: IHttpRequestOptions) => {
		if (options.url !== TOKEN_URL) return { statusCode: 200, body: { ok: true, authorization: (options.headers as Record<string, string>)?.Authorization } };
		grants.push(options);
		await new Promise((resolve) => setTimeout(resolve, 20));
		return { statusCode: 200, headers: {}, body: { access_token: `token-${grants.length}`, expires_in: 3600 } };
	};
	return { grants, httpRequest, helper: { helpers: { httpRequest } } as unknown as IHttpRequestHelper };
}

beforeEach(() => resetTokenStore());

describe('preAuthenticate (the body of the credential’s preAuthentication)', () => {
	it('with an empty saved token and none held, asks with n8n’s plain httpRequest and returns the token to save', async () => {
		const endpoint = tokenEndpoint();
		expect(await preAuthenticate(endpoint.helper, testFlow, credentials)).toEqual({ accessToken: 'token-1' });
		expect(endpoint.grants[0]).toMatchObject({ method: 'POST', url: TOKEN_URL, ignoreHttpStatusErrors: true, returnFullResponse: true });
		expect(await preAuthenticate(endpoint.helper, testFlow, credentials)).toEqual({ accessToken: 'token-1' });
		expect(endpoint.grants).toHaveLength(1);
	});

	it('with a saved token (the Test button, or a 401 thrown to n8n), replaces the token authenticate sends', async () => {
		const endpoint = tokenEndpoint();
		await preAuthenticate(endpoint.helper, testFlow, credentials);
		expect(await preAuthenticate(endpoint.helper, testFlow, { ...credentials, accessToken: 'token-1' })).toEqual({ accessToken: 'token-2' });
		expect(endpoint.grants).toHaveLength(2);
	});

	it('while a token is being fetched, returns nothing for n8n to save and asks for none', async () => {
		const endpoint = tokenEndpoint();
		const fetching = currentToken({ flow: testFlow, credentials, send: endpoint.httpRequest });
		expect(await preAuthenticate(endpoint.helper, testFlow, credentials)).toEqual({});
		await fetching;
		expect(endpoint.grants).toHaveLength(1);
	});

	it('fails with the service words and without the secret when the grant is refused', async () => {
		const helper = {
			helpers: { httpRequest: async () => ({ statusCode: 401, headers: {}, body: { error: 'invalid_client', error_description: `bad secret ${CLIENT_SECRET}` } }) },
		} as unknown as IHttpRequestHelper;
		const error = (await preAuthenticate(helper, testFlow, credentials).catch((rejection: unknown) => rejection)) as Error;
		expect(error.message).toBe('Svc (HTTP 401): invalid_client: bad secret [redacted]');
	});
});

/**
 * n8n's `httpRequestWithAuthentication` for a credential with an expirable field (n8n-core's request helpers, 2.8
 * and 2.41 alike): it reads the stored credential, runs `preAuthentication` first when the field is empty and
 * saves what it returns, then `authenticate`, then sends.
 */
function n8nWithCredential(stored: ICredentialDataDecryptedObject, endpoint: ReturnType<typeof tokenEndpoint>) {
	return async (options: IHttpRequestOptions): Promise<unknown> => {
		const decrypted = { ...stored };
		if (decrypted.accessToken === '') {
			const data = await preAuthenticate(endpoint.helper, testFlow, decrypted);
			if (data.accessToken !== undefined) stored.accessToken = Object.assign(decrypted, data).accessToken as string;
		}
		return await endpoint.httpRequest(await authenticateWithBearer(testFlow, decrypted, options));
	};
}

describe('the engine and n8n’s preAuthentication on a credential never used before', () => {
	it('one call, one grant: the engine’s own token request does not make n8n fetch another', async () => {
		const endpoint = tokenEndpoint();
		const stored = { ...credentials };
		const send = n8nWithCredential(stored, endpoint);
		const session = tokenSession({ flow: testFlow, credentials: stored, send }, []);
		const token = await session.current();
		const answer = await send({ method: 'GET', url: 'https://api.example.com/things' });
		expect(endpoint.grants).toHaveLength(1);
		expect(answer).toMatchObject({ body: { authorization: `Bearer ${token}` } });
		expect(stored.accessToken).toBe(token);
	});

	it('calls that start together share the grant, and their requests carry its token', async () => {
		const endpoint = tokenEndpoint();
		const stored = { ...credentials };
		const send = n8nWithCredential(stored, endpoint);
		const calls = Array.from({ length: 4 }, async () => {
			await tokenSession({ flow: testFlow, credentials: stored, send }, []).current();
			return await send({ method: 'GET', url: 'https://api.example.com/things' });
		});
		const answers = await Promise.all(calls);
		expect(endpoint.grants).toHaveLength(1);
		expect(answers).toEqual(Array.from({ length: 4 }, () => expect.objectContaining({ body: { ok: true, authorization: 'Bearer token-1' } })));
	});
});
