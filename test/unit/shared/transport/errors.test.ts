import { NodeApiError } from 'n8n-workflow';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { viewsLeaking } from '../../../helpers/leaks';
import { TEST_API_KEY } from '../../../helpers/testProfile';
import { resetConnection, sendJson, sendText } from '../../../helpers/testServer';

let setup: ClientSetup | undefined;

async function start(options: Parameters<typeof clientSetup>[0] = {}): Promise<ClientSetup> {
	setup = await clientSetup(options);
	return setup;
}

afterEach(async () => {
	await setup?.server.close();
	setup = undefined;
});

async function failure(promise: Promise<unknown>): Promise<NodeApiError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(NodeApiError);
	return error as NodeApiError;
}

describe('ApiClient: errors from the service', () => {
	it('turns a 401 with a Hive body into a NodeApiError that quotes "errors" and HTTP 401, without the API key anywhere', async () => {
		const { server, client } = await start();
		server.handle((seen, res) =>
			sendJson(res, 401, { success: false, errors: [`Authentication required (got ${String(seen.headers.authorization)})`] }, { 'www-authenticate': 'Bearer' }),
		);
		const error = await failure(client.send({ method: 'GET', path: '/skus', qs: { page: 1 } }));
		expect(server.requests).toHaveLength(1);
		expect(error.message).toBe('Hive (HTTP 401): Authentication required (got Bearer [redacted])');
		expect(error.httpCode).toBe('401');
		expect(error.description).toContain('check the API key');
		expect(error.description).toContain('Request: GET /skus.');
		expect(viewsLeaking(error, TEST_API_KEY)).toEqual([]);
	});

	it('does not repeat a 4xx', async () => {
		const { server, client } = await start();
		server.handle((_seen, res) => sendJson(res, 422, { success: false, errors: ['Name is missing'] }));
		const error = await failure(client.send({ method: 'PUT', path: '/skus/1', body: { name: '' } }));
		expect(server.requests).toHaveLength(1);
		expect(error.message).toBe('Hive (HTTP 422): Name is missing');
	});

	it('fails on a 200 that is an HTML page, naming it as such', async () => {
		const { server, client } = await start();
		server.handle((_seen, res) => sendText(res, 200, '<!doctype html><html><head><title>Sign in</title></head><body>Login form</body></html>', 'text/html'));
		const error = await failure(client.send({ method: 'GET', path: '/skus' }));
		expect(error.message).toBe('Hive (HTTP 200): an HTML page ("Sign in") instead of JSON');
		expect(error.message).not.toContain('Login form');
	});

	it('fails on a 200 whose JSON is cut off, instead of returning text as data', async () => {
		const { server, client } = await start();
		server.handle((_seen, res) => sendText(res, 200, '{"data":[{"id":1,"sku":"MUG', 'application/json'));
		const error = await failure(client.send({ method: 'GET', path: '/skus' }));
		expect(error.message).toContain('the response was not valid JSON');
		expect(error.message).toContain('{"data":[{"id":1');
	});

	it('returns an empty 204 as a success', async () => {
		const { server, client } = await start();
		server.handle((_seen, res) => {
			res.writeHead(204);
			res.end();
		});
		await expect(client.send({ method: 'DELETE', path: '/skus/1' })).resolves.toMatchObject({ statusCode: 204 });
	});

	it('quotes a plain-text error body', async () => {
		const { server, client } = await start();
		server.handle((_seen, res) => sendText(res, 404, 'No route matches /skus/zzz'));
		const error = await failure(client.send({ method: 'GET', path: '/skus/zzz' }));
		expect(error.message).toBe('Hive (HTTP 404): No route matches /skus/zzz');
	});
});

describe.each(['n8n', 'cause'] as const)('ApiClient: a network fault leaks no secret (n8n error shape "%s")', (networkErrors) => {
	it('keeps the Authorization header of the axios error out of the NodeApiError', async () => {
		const { server, client, clock } = await start({ context: { networkErrors } });
		server.handle(resetConnection);
		const pending = client.send({ method: 'POST', path: '/orders', body: { note: `key ${TEST_API_KEY}` } });
		const error = await failure(pending);
		expect(clock.sleeps).toEqual([]);
		expect(error.message).toContain('ECONNRESET');
		expect(viewsLeaking(error, TEST_API_KEY)).toEqual([]);
	});
});

describe('ApiClient: a fake context faithful enough to test redaction', () => {
	it('does carry the key in the axios error it wraps, so the test above means something', async () => {
		const { server, ctx, sent } = await start({ context: { networkErrors: 'cause' } });
		server.handle(resetConnection);
		const error = await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'testApi', { method: 'GET', url: `${server.origin}/x` }).catch((caught: unknown) => caught);
		expect(sent[0].headers).toMatchObject({ Authorization: `Bearer ${TEST_API_KEY}` });
		expect(viewsLeaking(error, TEST_API_KEY).length).toBeGreaterThan(0);
	});
});

describe('ApiClient: cancellation', () => {
	it('stops while waiting for a Retry-After when the execution is cancelled, without sending again', async () => {
		const controller = new AbortController();
		const { server, client } = await start({ context: { cancelSignal: controller.signal } });
		server.handle((_seen, res) => {
			// The user presses Stop while the 429 is on its way back.
			controller.abort();
			sendJson(res, 429, {}, { 'retry-after': '30' });
		});
		await expect(client.send({ method: 'GET', path: '/skus' })).rejects.toThrow('The execution was cancelled during a request');
		expect(server.requests).toHaveLength(1);
	});

	it('stops waiting for room in the rate window when the execution is cancelled, and sends nothing more', async () => {
		const controller = new AbortController();
		const { server, client } = await start({
			context: { cancelSignal: controller.signal },
			profile: { windows: [{ limit: 1, periodMs: 60_000, whenFull: 'wait', label: '1 request per minute' }] },
		});
		server.handle((_seen, res) => sendJson(res, 200, {}));
		await client.send({ method: 'GET', path: '/skus' });
		controller.abort();
		await expect(client.send({ method: 'GET', path: '/skus' })).rejects.toThrow('cancelled');
		expect(server.requests).toHaveLength(1);
	});
});
