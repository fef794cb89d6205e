import { addFaultLayer, tooManyRequests, type FaultLayer } from './faults';
import { httpRequest } from './httpClient';
import { startMockServer, type MockServer } from './mockServer';

describe('addFaultLayer', () => {
	let server: MockServer;
	let faults: FaultLayer;
	let created: number;

	beforeEach(async () => {
		created = 0;
		server = await startMockServer();
		server.route('GET', '/things', () => ({ status: 200, body: { things: [{ id: 1 }, { id: 2 }, { id: 3 }] } }));
		server.route('POST', '/things', () => ({ status: 201, body: { id: ++created } }));
		faults = addFaultLayer(server);
	});
	afterEach(async () => {
		faults.clear();
		await server.close();
	});

	it('faults only the matching requests, after `skip`, for `times`', async () => {
		const handle = faults.add({ method: 'GET', path: /^\/things$/, skip: 1, times: 2, fault: { kind: 'status', status: 503, body: { error: 'down' } } });
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push((await httpRequest(`${server.url}/things`)).status);
		expect(statuses).toEqual([200, 503, 503, 200]);
		expect(handle.injected).toBe(2);
		expect(faults.injected.map((entry) => entry.status)).toEqual([503, 503]);
		expect((await httpRequest(`${server.url}/things`, { method: 'POST', body: {} })).status).toBe(201);
	});

	it('a fault after handling lets the service act first', async () => {
		faults.add({ method: 'POST', fault: { kind: 'status', status: 502 }, afterHandling: true });
		expect((await httpRequest(`${server.url}/things`, { method: 'POST', body: {} })).status).toBe(502);
		expect(created).toBe(1);
	});

	it('drops the connection before an answer, or half-way through the body', async () => {
		faults.add({ fault: { kind: 'reset' } });
		await expect(httpRequest(`${server.url}/things`)).rejects.toThrow();
		faults.add({ fault: { kind: 'resetMidBody' } });
		await expect(httpRequest(`${server.url}/things`)).rejects.toThrow();
		expect(faults.injected.map((entry) => entry.kind)).toEqual(['reset', 'resetMidBody']);
	});

	it('hangs until the client gives up', async () => {
		faults.add({ fault: { kind: 'hang', ms: 60_000 } });
		await expect(httpRequest(`${server.url}/things`, { timeoutMs: 200 })).rejects.toThrow();
	});

	it('truncates, replaces and alters answers', async () => {
		faults.add({ fault: { kind: 'truncate' } });
		faults.add({ fault: { kind: 'replace', rawBody: '<html>Bad gateway</html>', contentType: 'text/html' } });
		faults.add({ fault: { kind: 'alter', change: (real) => ({ ...real, body: { status: 'failed', was: real.body } }) } });
		const truncated = await httpRequest(`${server.url}/things`);
		expect(truncated.status).toBe(200);
		expect(() => JSON.parse(truncated.rawBody)).toThrow();
		const html = await httpRequest(`${server.url}/things`);
		expect([html.status, html.headers['content-type'], html.rawBody]).toEqual([200, 'text/html', '<html>Bad gateway</html>']);
		expect((await httpRequest(`${server.url}/things`)).body).toEqual({ status: 'failed', was: { things: [{ id: 1 }, { id: 2 }, { id: 3 }] } });
	});

	it('runs a change before the request is handled', async () => {
		const seen: string[] = [];
		faults.add({ method: 'POST', fault: { kind: 'before', run: (req) => void seen.push(req.method) } });
		expect((await httpRequest(`${server.url}/things`, { method: 'POST', body: {} })).status).toBe(201);
		expect(seen).toEqual(['POST']);
	});

	it('builds 429s with Retry-After as seconds, decimals, an HTTP date, or none', () => {
		const now = Date.UTC(2026, 10, 23, 12, 0, 0);
		const header = (style: Parameters<typeof tooManyRequests>[0]) => {
			const fault = tooManyRequests(style, 1.25, { errors: [] }, now);
			return fault.kind === 'status' ? fault.headers?.['retry-after'] : 'not a status';
		};
		expect([header('seconds'), header('decimal'), header('date'), header('none')]).toEqual(['2', '1.3', 'Mon, 23 Nov 2026 12:00:01 GMT', undefined]);
	});
});
