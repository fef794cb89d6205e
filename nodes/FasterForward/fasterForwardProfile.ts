import { serviceMessage } from '../shared/errors/serviceMessage';
import type { ApiResponse, ResponseOutcome, ServiceProfile } from '../shared/transport/types';
import { domainOrigin, fasterForwardTokenFlow } from './fasterForwardAuth';
import { REQUESTS_PER_DAY, REQUESTS_PER_SECOND } from './fasterForwardLimits';

const PER_SECONDS = /Limit exceeded of [\d,.]+ request\(s\) in (\d+) second\(s\)/i;
const PER_DAY = /Limit exceeded of ([\d,.]+) request\(s\) in one day/i;

/**
 * The two documented 429 bodies mean different things: the per-second one clears in a second, so it is waited
 * out; the daily one does not clear today, so it fails at once. The documented 400 for an oversized body is in
 * Dutch; its allowed and received sizes are quoted in English.
 */
export function classifyFasterForward(response: ApiResponse): ResponseOutcome | undefined {
	const message = serviceMessage(response.body) ?? '';
	if (response.statusCode === 429) {
		const daily = PER_DAY.exec(message);
		if (daily) {
			return {
				kind: 'quota',
				message: `the daily quota of ${daily[1]} requests is used up ("${message}"). Requests fail until the quota resets; nothing was retried`,
			};
		}
		const perSeconds = PER_SECONDS.exec(message);
		if (perSeconds) return { kind: 'throttled', retryAfterMs: Number(perSeconds[1]) * 1000 };
		return undefined;
	}
	const body = response.body as { toegestaan?: unknown; ontvangen?: unknown } | undefined;
	if (response.statusCode === 400 && body && typeof body === 'object' && body.toegestaan !== undefined) {
		return { kind: 'failed', message: `the request body is larger than allowed: ${String(body.ontvangen ?? 'unknown size')} sent, at most ${String(body.toegestaan)} allowed` };
	}
	return undefined;
}

export const fasterForwardProfile: ServiceProfile = {
	displayName: 'Faster Forward',
	credentialType: 'fasterForwardApi',
	api: 'elements',
	baseUrl: domainOrigin,
	// The limits belong to the customer's environment, so every credential on one domain shares them.
	rateIdentity: domainOrigin,
	secrets: fasterForwardTokenFlow.secrets,
	windows: [
		{ limit: REQUESTS_PER_SECOND, periodMs: 1_000, whenFull: 'wait', label: '5 requests per second' },
		{ limit: REQUESTS_PER_DAY, periodMs: 86_400_000, whenFull: 'fail', label: '100,000 requests per day' },
	],
	classify: classifyFasterForward,
	tokenFlow: fasterForwardTokenFlow,
	// Uploads of up to 45 MB need more than the default minute on slow links.
	timeoutMs: 300_000,
};
