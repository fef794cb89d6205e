import { NodeApiError } from 'n8n-workflow';
import { resetTokenStore } from '../../../../nodes/shared/auth/tokens';
import { errorItem } from '../../../../nodes/shared/operations/errorItem';
import { Throttle } from '../../../../nodes/shared/throttle/throttle';
import { createApiClient } from '../../../../nodes/shared/transport/apiClient';
import type { ServiceProfile } from '../../../../nodes/shared/transport/types';
import { viewsLeaking } from '../../../helpers/leaks';
import { testProfile } from '../../../helpers/testProfile';
import { VirtualClock } from '../../../helpers/virtualClock';
import { CLIENT_SECRET, testFlow, tokenContext, tokenServer, type TokenServer } from './authSetup';

let service: TokenServer;

const profile: ServiceProfile = testProfile({
	displayName: 'Svc',
	tokenFlow: testFlow,
	rateIdentity: (credentials) => String(credentials.clientId),
	secrets: (credentials) => [String(credentials.clientSecret)],
});

async function client(options: { continueOnFail?: boolean } = {}) {
	const clock = new VirtualClock();
	const { ctx } = tokenContext(service.credentials, options);
	return await createApiClient(ctx, profile, { clock, throttle: new Throttle(profile.windows, clock) });
}

async function failure(promise: Promise<unknown>): Promise<NodeApiError> {
	return (await promise.then(
		() => undefined,
		(error: unknown) => error,
	)) as NodeApiError;
}

beforeEach(async () => {
	resetTokenStore();
	service = await tokenServer();
});
afterEach(() => service.server.close());

describe('ApiClient with a token flow', () => {
	it('gets a token before the first request and sends it as Bearer, reusing it afterwards', async () => {
		const api = await client();
		await api.send({ method: 'GET', path: '/one' });
		await api.send({ method: 'GET', path: '/two' });
		expect(service.tokenRequests()).toHaveLength(1);
		const [first, second] = service.apiRequests();
		expect(first.headers.authorization).toMatch(/^Bearer tok_1_/);
		expect(second.headers.authorization).toBe(first.headers.authorization);
	});

	it('on a 401 gets a new token and repeats the request once, even a POST', async () => {
		const api = await client();
		await api.send({ method: 'GET', path: '/warm' });
		service.valid.clear(); // the service revokes the token
		const response = await api.send({ method: 'POST', path: '/orders', body: { a: 1 } });
		expect(response.statusCode).toBe(200);
		expect(service.tokenRequests()).toHaveLength(2);
		expect(service.apiRequests().map((seen) => `${seen.method} ${seen.path} ${String(seen.headers.authorization).slice(0, 12)}`)).toEqual([
			'GET /api/warm Bearer tok_1',
			'POST /api/orders Bearer tok_1',
			'POST /api/orders Bearer tok_2',
		]);
	});

	it('gives up after one renewal when the new token is refused too, without leaking either token', async () => {
		const api = await client();
		service.server.handle((seen, res) => {
			if (seen.path === '/token') {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ access_token: `tok_refused_${service.server.requests.length}_abcdef`, expires_in: 3600 }));
				return;
			}
			res.writeHead(401, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ message: `token ${String(seen.headers.authorization).slice(7)} is not valid` }));
		});
		const error = await failure(api.send({ method: 'GET', path: '/x' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toMatch(/^Svc \(HTTP 401\): token \[redacted\] is not valid$/);
		expect(service.apiRequests()).toHaveLength(2);
		expect(service.tokenRequests()).toHaveLength(2);
		for (const token of ['tok_refused_1_abcdef', 'tok_refused_3_abcdef']) expect(viewsLeaking(error, token)).toEqual([]);
	});

	it('turns a refused token request into an error that names the token endpoint and never the secret', async () => {
		service.answer.refuseGrant = true;
		const api = await client();
		const error = await failure(api.send({ method: 'GET', path: '/x' }));
		expect(error.message).toBe("Svc (HTTP 400): the token request was refused: invalid_grant: refused [redacted]. Check the credential's client ID, client secret and scopes.");
		expect(error.description).toContain('Request: POST /token.');
		expect(service.apiRequests()).toHaveLength(0);
		expect(viewsLeaking(error, CLIENT_SECRET)).toEqual([]);
	});

	it('masks the token in Continue On Fail items when the service echoes it', async () => {
		const api = await client({ continueOnFail: true });
		await api.send({ method: 'GET', path: '/warm' });
		const token = [...service.valid][0];
		service.server.handle((seen, res) => {
			res.writeHead(403, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ message: `no access for ${token}`, echo: seen.path }));
		});
		const error = await failure(api.send({ method: 'GET', path: '/secret' }));
		const item = errorItem(error, 0, api.secrets);
		expect(JSON.stringify(item)).not.toContain(token);
		expect(viewsLeaking(error, token)).toEqual([]);
	});
});
