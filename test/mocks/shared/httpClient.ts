import { request, type IncomingHttpHeaders } from 'node:http';

export interface HttpResult {
	status: number;
	headers: IncomingHttpHeaders;
	rawBody: string;
	/** The body parsed as JSON, or the raw text when it is not JSON. */
	body: unknown;
}

export interface HttpRequestOptions {
	method?: string;
	headers?: Record<string, string>;
	/** A string is sent as is; anything else as JSON (with a JSON content type unless one is given). */
	body?: unknown;
	timeoutMs?: number;
}

/** A plain node:http client for mock tests and for the webhook sender; no dependencies, no retries. */
export function httpRequest(url: string, options: HttpRequestOptions = {}): Promise<HttpResult> {
	const headers: Record<string, string> = { ...options.headers };
	let payload: string | undefined;
	if (typeof options.body === 'string') payload = options.body;
	else if (options.body !== undefined) {
		payload = JSON.stringify(options.body);
		if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
	}
	if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));

	return new Promise((resolve, reject) => {
		const req = request(url, { method: options.method ?? 'GET', headers, timeout: options.timeoutMs ?? 10_000 }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('error', reject);
			res.on('end', () => {
				const rawBody = Buffer.concat(chunks).toString('utf8');
				let body: unknown = rawBody;
				try {
					body = rawBody === '' ? undefined : JSON.parse(rawBody);
				} catch {
					// not JSON: keep the text
				}
				resolve({ status: res.statusCode ?? 0, headers: res.headers, rawBody, body });
			});
		});
		req.on('timeout', () => req.destroy(new Error(`request to ${url} timed out`)));
		req.on('error', reject);
		req.end(payload);
	});
}
