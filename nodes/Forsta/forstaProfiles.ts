import { serviceMessage } from '../shared/errors/serviceMessage';
import { parseRetryAfter } from '../shared/throttle/retryAfter';
import type { RateWindowSpec } from '../shared/throttle/slidingWindow';
import type { ApiResponse, ResponseOutcome, ServiceProfile } from '../shared/transport/types';
import { forstaTokenFlow } from './forstaAuth';
import { forstaHosts } from './forstaHosts';

/** Forsta's documented limits, per client and per API. Waiting out 12 hours makes no sense, so that one fails. */
const FORSTA_WINDOWS: RateWindowSpec[] = [
	{ limit: 20, periodMs: 1_000, whenFull: 'wait', label: '20 requests per second' },
	{ limit: 1_000, periodMs: 15 * 60_000, whenFull: 'wait', label: '1,000 requests per 15 minutes' },
	{ limit: 10_000, periodMs: 12 * 3_600_000, whenFull: 'fail', label: '10,000 requests per 12 hours' },
];

const RATE_WORDS = /rate.?limit|too many requests|throttl|request limit|limit exceeded|quota/i;

function header(response: ApiResponse, name: string): unknown {
	const value = response.headers[name] ?? response.headers[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** Forsta's docs say a 403 may mean a rate limit; only a 403 that says so (in its body or headers) is one. */
export function saysRateLimited(response: ApiResponse): boolean {
	if (header(response, 'retry-after') !== undefined) return true;
	if (String(header(response, 'x-ratelimit-remaining') ?? '') === '0') return true;
	return RATE_WORDS.test(serviceMessage(response.body) ?? '');
}

export function classifyForsta(response: ApiResponse): ResponseOutcome | undefined {
	// Only sent after an If-None-Match: "unchanged" is an answer, not an error.
	if (response.statusCode === 304) return { kind: 'ok' };
	if (response.statusCode === 403 && saysRateLimited(response)) {
		return { kind: 'throttled', retryAfterMs: parseRetryAfter(header(response, 'retry-after'), Date.now()) };
	}
	// Any other 403 is a permission error: the default rules fail it at once, without a retry.
	return undefined;
}

function profileFor(api: 'surveys' | 'hubs'): ServiceProfile {
	return {
		displayName: 'Forsta',
		credentialType: 'forstaApi',
		api,
		baseUrl: (credentials) => forstaHosts(credentials).api,
		// Limits count per client id; the site is part of it because each site is a separate installation.
		rateIdentity: (credentials) => `${forstaHosts(credentials).api}\n${String(credentials.clientId ?? '').trim()}`,
		secrets: (credentials) => forstaTokenFlow.secrets(credentials),
		windows: FORSTA_WINDOWS,
		classify: classifyForsta,
		tokenFlow: forstaTokenFlow,
		arrayFormat: 'comma',
		timeoutMs: 120_000,
	};
}

/** The Surveys API (`/v1/surveys…`, scope pub.surveys). */
export const forstaSurveysProfile = profileFor('surveys');
/** The Hubs API (`/v1/hubs…`, scope pub.hubs): its limits are counted apart from the Surveys API's. */
export const forstaHubsProfile = profileFor('hubs');
