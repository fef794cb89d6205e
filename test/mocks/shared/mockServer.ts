import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseQuery, QueryParseError, type ParsedQuery } from './queryString';
import { RequestLog } from './requestLog';
import { RouteTable } from './routeTable';
import type { Handler, Middleware, MockRequest, MockResponse } from './types';

export interface MockServerOptions {
	/** 0 (default) picks a free port. */
	port?: number;
	host?: string;
	/** Answer for a path no route knows. */
	notFound?: (req: MockRequest) => MockResponse;
	/** Answer for a request that cannot be understood (see MockRequest.problem). Runs after middleware. */
	badRequest?: (req: MockRequest, problem: string) => MockResponse;
	/** A body that is sent without `Content-Type: application/json` is a problem (some APIs only take JSON). */
	requireJsonContentType?: boolean;
	maxBodyBytes?: number;
	logLimit?: number;
}

export interface RouteOptions {
	/** Control routes skip middleware and the request log (they are the test's side channel, not the API). */
	control?: boolean;
}

export interface MockServer {
	/** e.g. http://127.0.0.1:43121 */
	readonly url: string;
	readonly port: number;
	readonly log: RequestLog;
	route(method: string, pattern: string, handler: Handler, options?: RouteOptions): void;
	/** Adds a middleware at the end of the list, or at the front with `{ first: true }`. */
	use(middleware: Middleware, options?: { first?: boolean }): void;
	/**
	 * An outage, as a deploy or a crash makes one: open connections drop, new ones are refused for `ms`, then the
	 * server listens on the same port again. Resolves when it is back.
	 */
	outage(ms: number): Promise<void>;
	close(): Promise<void>;
}

interface Route {
	handler: Handler;
	control: boolean;
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

function readBody(req: IncomingMessage, maxBytes: number): Promise<string | undefined> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= maxBytes) chunks.push(chunk);
		});
		req.on('end', () => resolve(size > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/** Drops one trailing slash: Rails routes `/skus/` like `/skus`. */
function normalizePath(pathname: string): string {
	return pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
}

function understand(req: MockRequest, requireJson: boolean): void {
	const contentType = String(req.headers['content-type'] ?? '');
	if (req.rawBody === '') return;
	if (!JSON_TYPE.test(contentType)) {
		if (requireJson) req.problem ??= `request body must be sent as Content-Type: application/json (got "${contentType || 'none'}")`;
		return;
	}
	try {
		req.body = JSON.parse(req.rawBody);
	} catch (error) {
		req.problem ??= `malformed JSON body: ${(error as Error).message}`;
	}
}

function send(res: ServerResponse, response: MockResponse): void {
	if (response.abort) {
		res.socket?.destroy();
		return;
	}
	const payload = response.rawBody ?? (response.body === undefined ? '' : JSON.stringify(response.body));
	const headers: Record<string, string | number> = { ...response.headers };
	if (response.rawBody === undefined && response.body !== undefined) headers['content-type'] ??= 'application/json; charset=utf-8';
	headers['content-length'] = Buffer.byteLength(payload);
	res.writeHead(response.status, headers);
	if (response.abortAfterBytes !== undefined) {
		res.write(Buffer.from(payload).subarray(0, response.abortAfterBytes), () => res.socket?.destroy());
		return;
	}
	res.end(payload);
}

/** A small JSON HTTP server for service mocks: routes, middleware, a request log, nothing else. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
	const routes = new RouteTable<Route>();
	const middleware: Middleware[] = [];
	const log = new RequestLog(options.logLimit);
	const notFound = options.notFound ?? (() => ({ status: 404, body: { error: 'not found' } }));
	const badRequest = options.badRequest ?? ((_req, problem) => ({ status: 400, body: { error: problem } }));
	const maxBodyBytes = options.maxBodyBytes ?? 5 * 1024 * 1024;

	async function dispatch(req: MockRequest, route: Route | undefined): Promise<MockResponse> {
		if (!route) return notFound(req);
		if (req.problem) return badRequest(req, req.problem);
		return route.handler(req);
	}

	function runChain(req: MockRequest, route: Route | undefined): Promise<MockResponse> {
		const chain = [...middleware];
		const step = async (index: number): Promise<MockResponse> =>
			index < chain.length ? chain[index](req, () => step(index + 1)) : dispatch(req, route);
		return step(0);
	}

	async function handle(raw: IncomingMessage, res: ServerResponse): Promise<void> {
		const startedAt = Date.now();
		const url = new URL(raw.url ?? '/', 'http://mock.invalid');
		let query: ParsedQuery = {};
		let problem: string | undefined;
		try {
			query = parseQuery(url.search);
		} catch (error) {
			if (!(error instanceof QueryParseError)) throw error;
			problem = `malformed query string: ${error.message}`;
		}
		const rawBody = await readBody(raw, maxBodyBytes);
		const req: MockRequest = { method: (raw.method ?? 'GET').toUpperCase(), path: normalizePath(url.pathname), query, headers: raw.headers, rawBody: rawBody ?? '', body: undefined, params: {}, problem, raw };
		if (rawBody === undefined) {
			send(res, { status: 413, body: { error: `body larger than ${maxBodyBytes} bytes` } });
			log.record(req, 413, startedAt);
			return;
		}
		understand(req, options.requireJsonContentType ?? false);
		const match = routes.match(req.method, req.path);
		if (match) Object.assign(req, { params: match.params, route: match.pattern });
		if (match?.value.control) return send(res, await match.value.handler(req));

		let response: MockResponse;
		try {
			response = await runChain(req, match?.value);
		} catch (error) {
			response = { status: 500, body: { error: `mock failure: ${(error as Error).message}` } };
		}
		send(res, response);
		log.record(req, response.abort || response.abortAfterBytes !== undefined ? 0 : response.status, startedAt);
	}

	const server = createServer((raw, res) => {
		handle(raw, res).catch((error: Error) => {
			if (!res.headersSent) send(res, { status: 500, body: { error: `mock failure: ${error.message}` } });
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
	});
	const { port, address } = server.address() as AddressInfo;
	const stopListening = () =>
		new Promise<void>((resolve, reject) => {
			server.close((error) => (error ? reject(error) : resolve()));
			server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
		});

	return {
		url: `http://${address}:${port}`,
		port,
		log,
		route: (method, pattern, handler, routeOptions = {}) => routes.add(method, pattern, { handler, control: routeOptions.control ?? false }),
		use: (mw, useOptions = {}) => (useOptions.first ? middleware.unshift(mw) : middleware.push(mw)),
		outage: async (ms) => {
			await stopListening();
			await new Promise((resolve) => setTimeout(resolve, ms));
			await new Promise<void>((resolve) => server.listen(port, address, () => resolve()));
		},
		close: stopListening,
	};
}
