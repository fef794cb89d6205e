import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
	method: string;
	/** Path and query as sent. */
	url: string;
	path: string;
	query: URLSearchParams;
	headers: IncomingHttpHeaders;
	body: string;
	/** Arrival time on the test's clock, when the server was given one. */
	at?: number;
}

export type Handler = (seen: SeenRequest, res: ServerResponse, req: IncomingMessage) => void;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	res.writeHead(status, { 'content-type': 'application/json', ...headers });
	res.end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, text: string, contentType = 'text/plain'): void {
	res.writeHead(status, { 'content-type': contentType });
	res.end(text);
}

/** Drops the connection without an answer: the client sees a reset ("socket hang up"). */
export function resetConnection(_seen: SeenRequest, _res: ServerResponse, req: IncomingMessage): void {
	req.socket.destroy();
}

/** Never answers: the client's timeout has to end the request. */
export function neverAnswer(): void {
	// the test server closes the connection when it stops
}

/** A local HTTP server on 127.0.0.1 with a free port, answering with scripted handlers and logging every request. */
export class TestServer {
	readonly requests: SeenRequest[] = [];
	private handler: Handler = (_seen, res) => sendJson(res, 404, { error: 'no handler in this test' });

	private constructor(
		private readonly server: Server,
		readonly origin: string,
		private readonly stamp?: () => number,
	) {
		server.on('request', (req: IncomingMessage, res: ServerResponse) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const url = new URL(req.url ?? '/', this.origin);
				const seen: SeenRequest = {
					method: req.method ?? 'GET',
					url: req.url ?? '/',
					path: url.pathname,
					query: url.searchParams,
					headers: req.headers,
					body: Buffer.concat(chunks).toString('utf8'),
					at: this.stamp?.(),
				};
				this.requests.push(seen);
				this.handler(seen, res, req);
			});
		});
	}

	static async start(stamp?: () => number): Promise<TestServer> {
		const server = createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		return new TestServer(server, `http://127.0.0.1:${port}`, stamp);
	}

	handle(handler: Handler): void {
		this.handler = handler;
	}

	/** The n-th request gets the n-th handler; the last handler answers every request after that. */
	script(...handlers: Handler[]): void {
		this.handle((seen, res, req) => handlers[Math.min(this.requests.length, handlers.length) - 1](seen, res, req));
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}
