import type { ServiceProfile } from '../shared/transport/types';

const DEFAULT_BASE_URL = 'https://app.hive.app/merchant_api/v1';

function integerHeader(headers: Record<string, unknown>, name: string): number | undefined {
	const raw = headers[name];
	const value = Number(Array.isArray(raw) ? raw[0] : raw);
	return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Hive Merchant API v1: one window of 100 requests a minute per API key, reported in X-Rate-Limit-* headers. */
export const hiveProfile: ServiceProfile = {
	displayName: 'Hive',
	credentialType: 'hiveApi',
	api: 'merchant-v1',
	baseUrl: (credentials) => String(credentials.baseUrl || DEFAULT_BASE_URL),
	rateIdentity: (credentials) => String(credentials.apiKey),
	secrets: (credentials) => [String(credentials.apiKey ?? '')],
	windows: [{ limit: 100, periodMs: 60_000, whenFull: 'wait', label: '100 requests per minute' }],
	rateHeaders: {
		window: 0,
		read: (headers) => ({
			used: integerHeader(headers, 'x-rate-limit-used'),
			limit: integerHeader(headers, 'x-rate-limit-max'),
		}),
	},
	// Rails reads `ids[]=a&ids[]=b` as a list; other forms would be ignored or misread.
	arrayFormat: 'brackets',
};
