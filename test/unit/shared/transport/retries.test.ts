import { NodeApiError } from 'n8n-workflow';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { neverAnswer, resetConnection, sendJson, sendText } from '../../../helpers/testServer';

const DATA = { data: [{ id: 1, sku: 'MUG-1' }] };
let setup: ClientSetup | undefined;

/** A per-second window, so a 429 without usage headers slows the client for one second only (see throttle tests). */
const TEN_PER_SECOND = [{ limit: 10, periodMs: 1_000, whenFull: 'wait' as const, label: '10 requests per second' }];

async function start(options: Parameters<typeof clientSetup>[0] = {}): Promise<ClientSetup> {
	setup = await clientSetup({ ...options, profile: { windows: TEN_PER_SECOND, ...options.profile } });
	return setup;
}

afterEach(async () => {
	await setup?.server.close();
	setup = undefined;
});

describe('ApiClient: 429 Too Many Requests', () => {
	it('waits the Retry-After the server asked for ("3.2" s), repeats the request and returns the final data', async () => {
		const { server, client } = await start();
		server.script(
			(_seen, res) => sendJson(res, 429, { success: false, errors: ['Too many requests'] }, { 'retry-after': '3.2' }),
			(_seen, res) => sendJson(res, 200, DATA),
		);
		const response = await client.send({ method: 'GET', path: '/skus' });
		expect(response.statusCode).toBe(200);
		expect(response.body).toEqual(DATA);
		expect(server.requests).toHaveLength(2);
		expect(server.requests.map((r) => r.url)).toEqual(['/merchant_api/v1/skus', '/merchant_api/v1/skus']);
		expect((server.requests[1].at as number) - (server.requests[0].at as number)).toBe(3_200);
	});

	it('repeats a POST refused with 429, since the server did not process it', async () => {
		const { server, client } = await start();
		server.script(
			(_seen, res) => sendJson(res, 429, {}, { 'retry-after': '1' }),
			(_seen, res) => sendJson(res, 201, { id: 9 }),
		);
		const response = await client.send({ method: 'POST', path: '/orders', body: { ref: 'A-1' } });
		expect(response.body).toEqual({ id: 9 });
		expect(server.requests.map((r) => r.body)).toEqual(['{"ref":"A-1"}', '{"ref":"A-1"}']);
	});

	it('gives up after 8 attempts of 429 and says how many', async () => {
		const { server, client } = await start();
		server.handle((_seen, res) => sendJson(res, 429, { success: false, errors: ['Rate limit exceeded'] }, { 'retry-after': '2' }));
		const error = (await client.send({ method: 'GET', path: '/skus' }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(server.requests).toHaveLength(8);
		expect(error.message).toBe('Hive (HTTP 429): Rate limit exceeded');
		expect(error.description).toContain('Gave up after 8 attempts.');
		expect(error.description).toContain('Request: GET /skus.');
	});

	it('backs off on a 429 without Retry-After instead of hammering the server', async () => {
		const { server, client } = await start();
		server.script(
			(_seen, res) => sendJson(res, 429, {}),
			(_seen, res) => sendJson(res, 200, DATA),
		);
		await client.send({ method: 'GET', path: '/skus' });
		const gap = (server.requests[1].at as number) - (server.requests[0].at as number);
		// At least the 500-1,000 ms backoff, at most the one-second window the 429 slowed down.
		expect(gap).toBeGreaterThanOrEqual(500);
		expect(gap).toBeLessThanOrEqual(1_025);
	});
});

describe('ApiClient: 5xx', () => {
	it('repeats a GET after a 503 and returns the data', async () => {
		const { server, client } = await start();
		server.script(
			(_seen, res) => sendText(res, 503, 'Service Unavailable'),
			(_seen, res) => sendJson(res, 200, DATA),
		);
		await expect(client.send({ method: 'GET', path: '/skus' })).resolves.toMatchObject({ statusCode: 200, body: DATA });
		expect(server.requests).toHaveLength(2);
	});

	it("honours a 503's Retry-After before repeating", async () => {
		const { server, client } = await start();
		server.script(
			(_seen, res) => sendJson(res, 503, {}, { 'retry-after': '2' }),
			(_seen, res) => sendJson(res, 200, DATA),
		);
		await client.send({ method: 'GET', path: '/skus' });
		expect((server.requests[1].at as number) - (server.requests[0].at as number)).toBe(2_000);
	});

	it('gives up on a GET after the retry budget of 502s and says how often it tried', async () => {
		const { server, client } = await start();
		server.handle((_seen, res) => sendJson(res, 502, { error: 'Bad gateway' }));
		const error = (await client.send({ method: 'GET', path: '/skus' }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(server.requests.length).toBeGreaterThan(4);
		expect(error.message).toBe('Hive (HTTP 502): Bad gateway');
		expect(error.description).toContain(`Gave up after ${server.requests.length} attempts.`);
	});

	it('sends a POST that got a 503 exactly once, and the error says it was not repeated', async () => {
		const { server, client } = await start();
		server.script(
			(_seen, res) => sendJson(res, 503, { error: 'Upstream busy' }),
			(_seen, res) => sendJson(res, 201, { id: 1 }),
		);
		const error = (await client.send({ method: 'POST', path: '/orders', body: { ref: 'A-1' } }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(server.requests).toHaveLength(1);
		expect(error.message).toContain('Hive (HTTP 503): Upstream busy');
		expect(error.message).toContain('not repeated');
	});

	it('repeats a POST the service documents as safe to repeat', async () => {
		const { server, client } = await start();
		server.script(
			(_seen, res) => sendJson(res, 503, {}),
			(_seen, res) => sendJson(res, 200, { upserted: 1 }),
		);
		const response = await client.send({ method: 'POST', path: '/skus/bulk', body: { skus: [] }, documentedSafeToRepeat: true });
		expect(response.body).toEqual({ upserted: 1 });
		expect(server.requests).toHaveLength(2);
	});

	it('does not repeat a 500 on a PATCH', async () => {
		const { server, client } = await start();
		server.handle((_seen, res) => sendJson(res, 500, { message: 'boom' }));
		await expect(client.send({ method: 'PATCH', path: '/skus/1', body: { name: 'x' } })).rejects.toThrow(/HTTP 500/);
		expect(server.requests).toHaveLength(1);
	});
});

describe.each(['n8n', 'cause'] as const)('ApiClient: network faults (n8n error shape "%s")', (networkErrors) => {
	it('repeats a GET whose connection was reset, and returns the data', async () => {
		const { server, client } = await start({ context: { networkErrors } });
		server.script(resetConnection, (_seen, res) => sendJson(res, 200, DATA));
		await expect(client.send({ method: 'GET', path: '/skus' })).resolves.toMatchObject({ body: DATA });
		expect(server.requests).toHaveLength(2);
	});

	it('gives up on a GET after the retry budget of resets', async () => {
		const { server, client } = await start({ context: { networkErrors } });
		server.handle(resetConnection);
		const error = (await client.send({ method: 'GET', path: '/skus' }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(server.requests.length).toBeGreaterThan(4);
		expect(error.message).toBe('Hive: could not complete the request (ECONNRESET).');
		expect(error.description).toContain(`Gave up after ${server.requests.length} attempts.`);
	});

	it('sends a POST whose connection was reset only once, and says it was not repeated', async () => {
		const { server, client } = await start({ context: { networkErrors } });
		server.script(resetConnection, (_seen, res) => sendJson(res, 201, { id: 1 }));
		const error = (await client.send({ method: 'POST', path: '/orders', body: { ref: 'A-1' } }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(server.requests).toHaveLength(1);
		expect(error.message).toContain('ECONNRESET');
		expect(error.message).toContain('It was not repeated');
	});

	it('repeats a GET that timed out, then gives up once the retry budget is spent', async () => {
		const { server, client } = await start({ context: { networkErrors }, profile: { timeoutMs: 100 } });
		server.handle(neverAnswer);
		const error = (await client.send({ method: 'GET', path: '/skus' }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(server.requests.length).toBeGreaterThan(4);
		expect(error.message).toMatch(/^Hive: could not complete the request \((ECONNABORTED|ETIMEDOUT)\)\.$/);
	});

	it('does not repeat a POST that timed out', async () => {
		const { server, client } = await start({ context: { networkErrors }, profile: { timeoutMs: 100 } });
		server.handle(neverAnswer);
		await expect(client.send({ method: 'POST', path: '/orders', body: { ref: 'A-1' } })).rejects.toThrow(/not repeated/);
		expect(server.requests).toHaveLength(1);
	});
});

describe('ApiClient: the throttle learns when each request is over', () => {
	it('counts every request it let go as answered, whether it succeeded, was repeated after a reset, or failed', async () => {
		const { server, client, throttle, clock } = await start();
		server.script(
			(_seen, res) => sendJson(res, 200, DATA),
			resetConnection,
			(_seen, res) => sendJson(res, 200, DATA),
			resetConnection,
		);
		await client.send({ method: 'GET', path: '/skus' });
		await client.send({ method: 'GET', path: '/skus' });
		await expect(client.send({ method: 'POST', path: '/orders', body: { ref: 'A-1' } })).rejects.toThrow(NodeApiError);
		expect(server.requests).toHaveLength(4);
		// Four requests counted, none still in flight: one window later all have left it.
		expect(throttle.windows[0].count(clock.now())).toBe(4);
		clock.advance(1_100);
		expect(throttle.windows[0].count(clock.now())).toBe(0);
	});
});
