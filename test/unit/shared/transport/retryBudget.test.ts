import { NodeApiError } from 'n8n-workflow';
import { createApiClient, type ApiClient } from '../../../../nodes/shared/transport/apiClient';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { testCredentials } from '../../../helpers/testProfile';
import { resetConnection, sendJson, type SeenRequest } from '../../../helpers/testServer';

const DATA = { data: [{ id: 1 }] };
/** The longest single wait between attempts after a fault. */
const LONGEST_BACKOFF_MS = 8_000;
let setup: ClientSetup | undefined;

afterEach(async () => {
	await setup?.server.close();
	setup = undefined;
});

async function withBudget(retryBudgetMs?: number, context: Parameters<typeof clientSetup>[0] = {}): Promise<{ setup: ClientSetup; client: ApiClient }> {
	setup = await clientSetup(context);
	const client = await createApiClient(setup.ctx, setup.profile, { clock: setup.clock, throttle: setup.throttle, retryBudgetMs });
	return { setup, client };
}

const caught = async (promise: Promise<unknown>) => (await promise.catch((error: unknown) => error)) as NodeApiError;
const span = (requests: SeenRequest[]) => (requests[requests.length - 1].at as number) - (requests[0].at as number);

describe('ApiClient: the retry budget after faults', () => {
	it('keeps repeating a GET through a 45 s outage of resets, and returns the data once the service is back', async () => {
		const { setup: { server, clock }, client } = await withBudget();
		const backAt = clock.now() + 45_000;
		server.handle((seen, res, req) => (clock.now() < backAt ? resetConnection(seen, res, req) : sendJson(res, 200, DATA)));
		await expect(client.send({ method: 'GET', path: '/skus' })).resolves.toMatchObject({ body: DATA });
		expect(server.requests.length).toBeGreaterThan(4);
		expect(span(server.requests)).toBeGreaterThanOrEqual(45_000);
	});

	it('stops within the default 60 s budget plus one backoff step, and says what to do', async () => {
		const { setup: { server }, client } = await withBudget();
		server.handle(resetConnection);
		const error = await caught(client.send({ method: 'GET', path: '/skus' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(span(server.requests)).toBeGreaterThanOrEqual(60_000);
		expect(span(server.requests)).toBeLessThanOrEqual(60_000 + LONGEST_BACKOFF_MS);
		expect(error.message).toBe('Hive: could not complete the request (ECONNRESET).');
		expect(error.description).toMatch(/Retry Budget \(Seconds\)/);
		expect(error.description).toMatch(/Retry On Fail/);
	});

	it('respects a budget set on the node: 5 s of 503s', async () => {
		const { setup: { server }, client } = await withBudget(5_000);
		server.handle((_seen, res) => sendJson(res, 503, { error: 'Deploying' }));
		const error = await caught(client.send({ method: 'GET', path: '/skus' }));
		expect(error.message).toBe('Hive (HTTP 503): Deploying');
		expect(span(server.requests)).toBeGreaterThanOrEqual(5_000);
		expect(span(server.requests)).toBeLessThanOrEqual(5_000 + LONGEST_BACKOFF_MS);
	});

	it('sends a GET once when the budget is 0', async () => {
		const { setup: { server }, client } = await withBudget(0);
		server.script(resetConnection, (_seen, res) => sendJson(res, 200, DATA));
		const error = await caught(client.send({ method: 'GET', path: '/skus' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(server.requests).toHaveLength(1);
		expect(error.description).toContain("Retry Budget is 0");
	});

	it.each([400, 401, 403, 404, 422])('never spends the budget on a %i: the request itself is wrong', async (status) => {
		const { setup: { server }, client } = await withBudget();
		server.handle((_seen, res) => sendJson(res, status, { error: 'no' }));
		await expect(client.send({ method: 'GET', path: '/skus/1' })).rejects.toThrow(new RegExp(`HTTP ${status}`));
		expect(server.requests).toHaveLength(1);
	});

	it('sends a POST into an outage once, and says the service may have acted on it', async () => {
		const { setup: { server }, client } = await withBudget();
		server.script(resetConnection, (_seen, res) => sendJson(res, 201, { id: 1 }));
		const error = await caught(client.send({ method: 'POST', path: '/orders', body: { ref: 'A-1' } }));
		expect(server.requests).toHaveLength(1);
		expect(error.message).toContain('the service may already have acted on it');
	});

	it('names the page and how far the read had got when the budget runs out', async () => {
		const { setup: { server }, client } = await withBudget(2_000);
		server.handle(resetConnection);
		const error = await caught(client.send({ method: 'GET', path: '/skus?page=47' }, 0, { page: 47, pagesRead: 46, itemsRead: 4_600 }));
		expect(error.description).toContain('Request: GET /skus, page 47.');
		expect(error.description).toContain('46 pages (4,600 items)');
	});

	it('says so when the service asks for a longer wait than the budget has left, instead of "repeated for 0 s"', async () => {
		const { setup: { server }, client } = await withBudget();
		server.handle((_seen, res) => sendJson(res, 503, { error: 'Down for maintenance' }, { 'retry-after': '120' }));
		const error = await caught(client.send({ method: 'GET', path: '/skus' }));
		expect(server.requests).toHaveLength(1);
		expect(error.description).toContain("It was not repeated: the service asked to wait 120 s, more than the 60 s left of the node's Retry Budget (60 s).");
		expect(error.description).not.toContain('repeated for 0 s');
	});

	it('after some repeats, says how long it tried before the service asked for too long a wait', async () => {
		const { setup: { server }, client } = await withBudget(10_000);
		server.script(
			(_seen, res) => sendJson(res, 503, {}),
			(_seen, res) => sendJson(res, 503, {}, { 'retry-after': '300' }),
		);
		const error = await caught(client.send({ method: 'GET', path: '/skus' }));
		expect(server.requests).toHaveLength(2);
		expect(error.description).toMatch(/It was repeated for 0\.\d s; then the service asked to wait 300 s, more than the 9\.\d s left of the node's Retry Budget \(10 s\)\./);
	});

	it('counts refused connections in the throttle, so the first requests after an outage cannot break a window', async () => {
		const { setup: { throttle, clock }, client } = await withBudget(1_500, { context: { credentials: testCredentials('http://127.0.0.1:1') } });
		await expect(client.send({ method: 'GET', path: '/skus' })).rejects.toThrow(/ECONNREFUSED/);
		const attempts = client.waits.retries + 1;
		expect(attempts).toBeGreaterThan(1);
		// Every refused attempt counts as a sent request until the window forgets it.
		expect(throttle.windows.reduce((most, window) => Math.max(most, window.count(clock.now())), 0)).toBe(attempts);
	});

	it('logs the time spent waiting through faults and the repeats, for the node to show', async () => {
		const { setup: { server, clock }, client } = await withBudget();
		const backAt = clock.now() + 10_000;
		server.handle((seen, res, req) => (clock.now() < backAt ? resetConnection(seen, res, req) : sendJson(res, 200, DATA)));
		await client.send({ method: 'GET', path: '/skus' });
		expect(client.waits.retries).toBe(server.requests.length - 1);
		expect(client.waits.totalMs()).toBeGreaterThanOrEqual(10_000);
		expect(client.waits.summary()).toMatch(/for the service to come back after faults/);
	});
});
