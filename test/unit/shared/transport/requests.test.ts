import { NodeApiError } from 'n8n-workflow';
import { createApiClient } from '../../../../nodes/shared/transport/apiClient';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import type { ServiceProfile } from '../../../../nodes/shared/transport/types';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { fakeContext } from '../../../helpers/fakeContext';
import { TEST_API_KEY, testCredentials, testProfile } from '../../../helpers/testProfile';
import { sendJson, TestServer } from '../../../helpers/testServer';

let setup: ClientSetup | undefined;
let extraServer: TestServer | undefined;

async function start(options: Parameters<typeof clientSetup>[0] = {}): Promise<ClientSetup> {
	setup = await clientSetup(options);
	setup.server.handle((seen, res) => sendJson(res, 200, { ok: true, echo: seen.url }));
	return setup;
}

afterEach(async () => {
	await setup?.server.close();
	await extraServer?.close();
	setup = undefined;
	extraServer = undefined;
	resetThrottles();
});

const usageHeaders: ServiceProfile['rateHeaders'] = {
	window: 0,
	read: (headers) => ({ used: Number(headers['x-rate-limit-used']), limit: Number(headers['x-rate-limit-max']) }),
};

describe('ApiClient: what goes on the wire', () => {
	it('sends the credential as a Bearer header, asks for JSON, and joins the path to the base URL', async () => {
		const { server, client } = await start();
		await client.send({ method: 'GET', path: '/warehouses' });
		const [seen] = server.requests;
		expect(seen.path).toBe('/merchant_api/v1/warehouses');
		expect(seen.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
		expect(seen.headers.accept).toBe('application/json');
		expect(seen.headers['user-agent']).toBe('n8n');
	});

	it('reads a JSON answer from its byte stream itself, so no page body waits in Buffers for a full collection', async () => {
		const { client, sent } = await start();
		const response = await client.send({ method: 'GET', path: '/warehouses' });
		expect(sent[0]).toMatchObject({ encoding: 'stream', json: true });
		expect(response.body).toEqual({ ok: true, echo: '/merchant_api/v1/warehouses' });
	});

	it('sends a POST body as JSON', async () => {
		const { server, client } = await start();
		await client.send({ method: 'POST', path: '/orders', body: { ref: 'A-1', lines: [{ sku: 'MUG', qty: 2 }] } });
		const [seen] = server.requests;
		expect(seen.headers['content-type']).toContain('application/json');
		expect(JSON.parse(seen.body)).toEqual({ ref: 'A-1', lines: [{ sku: 'MUG', qty: 2 }] });
	});

	it('writes array query values as the profile asks (Rails brackets)', async () => {
		const { server, client } = await start({ profile: { arrayFormat: 'brackets' } });
		await client.send({ method: 'GET', path: '/skus', qs: { ids: [1, 2], page: 3 } });
		expect(server.requests[0].query.getAll('ids[]')).toEqual(['1', '2']);
		expect(server.requests[0].query.get('page')).toBe('3');
	});

	it("writes array query values with indices by default, as n8n does", async () => {
		const { server, client } = await start();
		await client.send({ method: 'GET', path: '/skus', qs: { ids: [1, 2] } });
		expect(server.requests[0].query.get('ids[0]')).toBe('1');
		expect(server.requests[0].query.get('ids[1]')).toBe('2');
	});

	it('follows an absolute next link on the same host and keeps its query', async () => {
		const { server, client } = await start();
		await client.send({ method: 'GET', path: '/skus', url: `${server.origin}/merchant_api/v1/skus?page=2&per_page=50` });
		expect(server.requests[0].url).toBe('/merchant_api/v1/skus?page=2&per_page=50');
	});

	it('refuses a link to another host before sending anything', async () => {
		const { server, client } = await start();
		await expect(client.send({ method: 'GET', path: '/skus', url: 'http://127.0.0.2:9/merchant_api/v1/skus?page=2' })).rejects.toThrow(/another host/);
		await expect(client.send({ method: 'GET', path: '../../admin' })).rejects.toThrow(/\.\./);
		expect(server.requests).toHaveLength(0);
	});
});

describe('ApiClient: rate limits', () => {
	it('waits earlier when the usage headers say the quota is nearly spent by someone else', async () => {
		const { server, client, clock } = await start({ profile: { rateHeaders: usageHeaders } });
		const start0 = clock.now();
		// Another client has already spent 97 of the 100 and keeps spending: past the reserve it is left (2 + 5% of
		// its count), one request per window is all the room there is.
		server.handle((_seen, res) => sendJson(res, 200, {}, { 'x-rate-limit-used': String(97 + server.requests.length), 'x-rate-limit-max': '100' }));
		for (let i = 0; i < 3; i++) await client.send({ method: 'GET', path: '/skus' });
		expect(server.requests.map((r) => (r.at as number) - start0)).toEqual([0, 60_600, 121_200]);
	});

	it('after a 429 that says the window is full, waits only the Retry-After, not a whole window', async () => {
		const { server, client } = await start({ profile: { rateHeaders: usageHeaders } });
		const full = { 'x-rate-limit-used': '100', 'x-rate-limit-max': '100' };
		server.script(
			(_seen, res) => sendJson(res, 429, { success: false, errors: ['Rate limit exceeded'] }, { ...full, 'retry-after': '3.2' }),
			(_seen, res) => sendJson(res, 200, { data: [] }, full),
		);
		await client.send({ method: 'GET', path: '/skus' });
		expect((server.requests[1].at as number) - (server.requests[0].at as number)).toBe(3_200);
	});

	it('turns a spent daily quota into a NodeApiError naming it, without sending the request', async () => {
		const windows = [{ limit: 2, periodMs: 86_400_000, whenFull: 'fail' as const, label: '2 requests per day' }];
		const { server, client } = await start({ profile: { windows } });
		await client.send({ method: 'GET', path: '/a' });
		await client.send({ method: 'GET', path: '/b' });
		const error = await client.send({ method: 'GET', path: '/c' }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toMatch(/^Hive: The quota of 2 requests per day is used up; it frees up at \d{4}-\d\d-\d\dT/);
		expect(server.requests).toHaveLength(2);
	});

	it('shares one throttle between clients of the same credential, and not with another credential', async () => {
		extraServer = await TestServer.start();
		const server = extraServer;
		server.handle((_seen, res) => sendJson(res, 200, {}));
		const profile = testProfile({ windows: [{ limit: 3, periodMs: 86_400_000, whenFull: 'fail', label: '3 requests per day' }] });
		const credentials = testCredentials(server.origin);
		const first = await createApiClient(fakeContext({ credentials }).ctx, profile);
		const second = await createApiClient(fakeContext({ credentials }).ctx, profile);
		const otherKey = await createApiClient(fakeContext({ credentials: { ...credentials, apiKey: 'hv_live_another_key_123456' } }).ctx, profile);
		await first.send({ method: 'GET', path: '/a' });
		await second.send({ method: 'GET', path: '/a' });
		await first.send({ method: 'GET', path: '/a' });
		await expect(second.send({ method: 'GET', path: '/a' })).rejects.toThrow(/3 requests per day/);
		await expect(otherKey.send({ method: 'GET', path: '/a' })).resolves.toMatchObject({ statusCode: 200 });
		expect(server.requests).toHaveLength(4);
	});
});
