import { parseRetryAfter } from '../throttle/retryAfter';
import type { ApiRequest, ApiResponse, ResponseOutcome, ServiceProfile } from './types';

import { serviceMessage } from '../errors/serviceMessage';

const TRANSIENT_STATUSES = new Set([408, 500, 502, 503, 504]);

function header(response: ApiResponse, name: string): unknown {
	return response.headers[name] ?? response.headers[name.toLowerCase()];
}

/** Whether the answer carried a Retry-After header (a profile may find the wait elsewhere, e.g. in the body). */
export function hasRetryAfterHeader(response: ApiResponse): boolean {
	return header(response, 'retry-after') !== undefined;
}

/** The engine's default reading of a response; a service profile may override it first. */
export function classifyResponse(
	profile: ServiceProfile,
	request: ApiRequest,
	response: ApiResponse,
	now: number,
): ResponseOutcome {
	const special = profile.classify?.(response);
	if (special) return special;
	const { statusCode, body } = response;
	if (statusCode === 429) return { kind: 'throttled', retryAfterMs: parseRetryAfter(header(response, 'retry-after'), now) };
	if (TRANSIENT_STATUSES.has(statusCode)) {
		return { kind: 'transient', retryAfterMs: parseRetryAfter(header(response, 'retry-after'), now) };
	}
	if (statusCode < 200 || statusCode >= 300) return { kind: 'failed' };
	// A 2xx that should be JSON but is not (an HTML error page, a cut-off body) is a failure, not data.
	if (!request.binaryResponse && typeof body === 'string' && body.trim() !== '') {
		return { kind: 'failed', message: describeNonJson(body) };
	}
	return { kind: 'ok' };
}

function describeNonJson(body: string): string {
	const quoted = serviceMessage(body) ?? '';
	if (quoted.startsWith('an HTML page')) return quoted;
	return `the response was not valid JSON (it starts "${body.trim().slice(0, 60)}")`;
}
