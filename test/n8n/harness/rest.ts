/** Minimal HTTP client for n8n's internal REST API: JSON in, JSON out, a session cookie, a timeout on every call. */
export interface Session {
	baseUrl: string;
	cookie?: string;
}

export interface RawResponse {
	status: number;
	text: string;
	setCookies: string[];
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** One HTTP request; never throws on HTTP status, only on network errors or the timeout. */
export async function rawRequest(
	url: string,
	init: { method: string; body?: unknown; cookie?: string; headers?: Record<string, string>; timeoutMs?: number },
): Promise<RawResponse> {
	const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
	if (init.body !== undefined) headers['content-type'] ??= 'application/json';
	if (init.cookie) headers.cookie = init.cookie;
	const timeoutMs = init.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
	let response: Response;
	try {
		response = await fetch(url, {
			method: init.method,
			headers,
			body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
			signal: AbortSignal.timeout(timeoutMs),
		});
	} catch (error) {
		const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message;
		throw new Error(`${init.method} ${url} failed: ${reason}`);
	}
	return { status: response.status, text: await response.text(), setCookies: response.headers.getSetCookie() };
}

/** Calls /rest/<path> and returns the `data` field n8n wraps its answers in; throws with n8n's message on 4xx/5xx. */
export async function rest<T = unknown>(session: Session, method: string, path: string, body?: unknown): Promise<T> {
	const url = `${session.baseUrl}/rest${path}`;
	const response = await rawRequest(url, { method, body, cookie: session.cookie });
	const parsed = parseJson(response.text);
	if (response.status >= 400) {
		const message = (parsed as { message?: string } | undefined)?.message ?? response.text.slice(0, 500);
		throw new Error(`${method} /rest${path} answered ${response.status}: ${message}`);
	}
	return (parsed as { data?: T } | undefined)?.data as T;
}

export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
