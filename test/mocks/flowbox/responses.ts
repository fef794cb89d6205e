import type { MockResponse } from '../shared';

/** The External API's envelope: `{ status: "success", data }`. */
export function success(data: unknown): MockResponse {
	return { status: 200, body: { status: 'success', data } };
}

/** `{ status: "error", message }`, with the HTTP status the mock chose for that case. */
export function failure(status: number, message: string, headers?: Record<string, string>): MockResponse {
	return { status, body: { status: 'error', message }, headers };
}
