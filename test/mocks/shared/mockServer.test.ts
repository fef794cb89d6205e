import { addControlRoutes } from './controlRoutes';
import { httpRequest } from './httpClient';
import { startMockServer, type MockServer } from './mockServer';
import { REDACTED } from './redact';

describe('startMockServer', () => {
	let server: MockServer;
	let resets = 0;

	beforeEach(async () => {
		resets = 0;
		server = await startMockServer({ requireJsonContentType: true });
		server.route('GET', '/things/:id', (req) => ({ status: 200, body: { id: req.params.id, query: req.query, route: req.route } }));
		server.route('POST', '/things', (req) => ({ status: 201, body: { got: req.body, raw: req.rawBody } }));
		addControlRoutes(server, { onReset: () => void resets++ });
	});

	afterEach(() => server.close());

	it('listens on 127.0.0.1 with a free port', () => {
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(server.port).toBeGreaterThan(0);
	});

	it('routes by method and pattern, decodes params, ignores a trailing slash', async () => {
		const res = await httpRequest(`${server.url}/things/a%20b/?x[]=1&x[]=2`);
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ id: 'a b', query: { 'x[]': ['1', '2'] }, route: '/things/:id' });
		expect((await httpRequest(`${server.url}/things/1`, { method: 'DELETE' })).status).toBe(404);
		expect((await httpRequest(`${server.url}/nothing`)).status).toBe(404);
	});

	it('parses JSON bodies and keeps the raw body', async () => {
		const raw = '{ "a": [1, 2] }';
		const res = await httpRequest(`${server.url}/things`, { method: 'POST', body: raw, headers: { 'content-type': 'application/json' } });
		expect(res.status).toBe(201);
		expect(res.body).toEqual({ got: { a: [1, 2] }, raw });
	});

	it('answers malformed JSON, a non-JSON body and a malformed query with badRequest', async () => {
		const badJson = await httpRequest(`${server.url}/things`, { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } });
		expect(badJson.status).toBe(400);
		expect(String((badJson.body as { error: string }).error)).toMatch(/malformed JSON/);
		const form = await httpRequest(`${server.url}/things`, { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect(form.status).toBe(400);
		const query = await httpRequest(`${server.url}/things/1?a=%ZZ`);
		expect(query.status).toBe(400);
	});

	it('runs middleware in order, lets it answer, wrap, or drop the connection', async () => {
		const order: string[] = [];
		server.use(async (_req, next) => {
			order.push('second');
			const res = await next();
			return { ...res, headers: { ...res.headers, 'x-wrapped': 'yes' } };
		});
		server.use((_req, next) => {
			order.push('first');
			return next();
		}, { first: true });
		const res = await httpRequest(`${server.url}/things/7`);
		expect(order).toEqual(['first', 'second']);
		expect(res.headers['x-wrapped']).toBe('yes');

		server.use((req, next) => (req.path === '/things/teapot' ? { status: 418, body: { short: true } } : next()), { first: true });
		expect((await httpRequest(`${server.url}/things/teapot`)).status).toBe(418);

		server.use((req, next) => (req.path === '/things/reset' ? { status: 0, abort: true } : next()), { first: true });
		await expect(httpRequest(`${server.url}/things/reset`)).rejects.toThrow();
	});

	it('logs requests without secrets and serves the log and reset on /__mock', async () => {
		await httpRequest(`${server.url}/things/1?api_key=s3cret&page=2`, { headers: { authorization: 'Bearer s3cret', 'x-trace': 'ok' } });
		await httpRequest(`${server.url}/things`, { method: 'POST', body: { name: 'n', token: 's3cret' } });
		const entries = server.log.entries;
		expect(entries).toHaveLength(2);
		expect(entries[0]).toMatchObject({ seq: 1, method: 'GET', path: '/things/1', status: 200, query: { api_key: [REDACTED], page: ['2'] } });
		expect(entries[0].headers.authorization).toBe(`Bearer ${REDACTED}`);
		expect(entries[0].headers['x-trace']).toBe('ok');
		expect(entries[1].body).toEqual({ name: 'n', token: REDACTED });
		expect(JSON.stringify(entries)).not.toContain('s3cret');

		const remote = await httpRequest(`${server.url}/__mock/log?since=1`);
		expect(remote.status).toBe(200);
		expect((remote.body as { entries: { seq: number }[] }).entries.map((entry) => entry.seq)).toEqual([2]);

		const reset = await httpRequest(`${server.url}/__mock/reset`, { method: 'POST' });
		expect(reset.body).toEqual({ reset: true });
		expect(resets).toBe(1);
		expect(server.log.entries).toHaveLength(0); // control calls themselves are never logged
	});

	it('keeps only the newest entries when the log is full', async () => {
		const small = await startMockServer({ logLimit: 2 });
		try {
			small.route('GET', '/x', () => ({ status: 204 }));
			for (let i = 0; i < 3; i++) await httpRequest(`${small.url}/x`);
			expect(small.log.entries.map((entry) => entry.seq)).toEqual([2, 3]);
		} finally {
			await small.close();
		}
	});
});
