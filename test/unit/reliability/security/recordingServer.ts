import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArrivedRequest {
	method: string;
	/** The request target exactly as it came over the wire, e.g. `/api/v1/hash-tags/%23news?tenantId=t`. */
	target: string;
	host: string;
}

export interface RecordingServer {
	url: string;
	arrived: ArrivedRequest[];
	close(): Promise<void>;
}

/**
 * Stands in for every service at once: records each request as it arrived and answers 200 with a body that serves
 * as a token answer too (so token flows go on to the API call). What the nodes do with the answer does not matter
 * here, only what they asked for.
 */
export async function startRecordingServer(): Promise<RecordingServer> {
	const arrived: ArrivedRequest[] = [];
	const server = createServer((req: IncomingMessage, res) => {
		arrived.push({ method: req.method ?? '', target: req.url ?? '', host: req.headers.host ?? '' });
		req.resume();
		req.on('end', () => {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ access_token: 'recording-server-token', expires_in: 3600, token_type: 'Bearer', status: 'success' }));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		arrived,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
