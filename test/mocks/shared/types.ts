import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { ParsedQuery } from './queryString';

/** One request as every mock sees it. */
export interface MockRequest {
	method: string;
	/** Path without query string and without a trailing slash (Rails routes ignore it). */
	path: string;
	query: ParsedQuery;
	headers: IncomingHttpHeaders;
	/** The body exactly as received (UTF-8), '' when there was none. */
	rawBody: string;
	/** The body parsed as JSON; undefined when empty, not JSON, or malformed (see `problem`). */
	body: unknown;
	/** Route parameters, e.g. `{ id: '42' }` for `/skus/:id`. */
	params: Record<string, string>;
	/** The route pattern that matched, e.g. `/skus/:id`; undefined when none did. */
	route?: string;
	/** Why the request cannot be understood (malformed query or JSON); handlers never see such a request. */
	problem?: string;
	/** The underlying Node request, for middleware that must touch the socket (fault injection). */
	raw: IncomingMessage;
}

export interface MockResponse {
	status: number;
	/** Sent as JSON unless `rawBody` is given. */
	body?: unknown;
	rawBody?: string | Buffer;
	headers?: Record<string, string>;
	/** Destroy the connection without answering (lets a fault layer simulate resets). */
	abort?: boolean;
	/** Send the status, headers (with the full Content-Length) and this many body bytes, then drop the connection. */
	abortAfterBytes?: number;
}

export type Handler = (req: MockRequest) => MockResponse | Promise<MockResponse>;

export type Next = () => Promise<MockResponse>;

/**
 * Runs before routing dispatch, in order. It may answer by itself (auth, rate limits, faults), delay, or call
 * `next()` and change the response on the way back (e.g. add headers).
 */
export type Middleware = (req: MockRequest, next: Next) => MockResponse | Promise<MockResponse>;
