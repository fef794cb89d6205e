import type { ServiceProfile } from '../../nodes/shared/transport/types';

export const TEST_API_KEY = 'hv_live_7Qm2Xr9Lk4Pz8Ws1Ty6Vb3Nd';

/** A Hive-like service: Bearer key, base URL from the credential, 100 requests per minute. */
export function testProfile(overrides: Partial<ServiceProfile> = {}): ServiceProfile {
	return {
		displayName: 'Hive',
		credentialType: 'testApi',
		api: 'merchant',
		baseUrl: (credentials) => String(credentials.baseUrl),
		rateIdentity: (credentials) => String(credentials.apiKey),
		secrets: (credentials) => [String(credentials.apiKey)],
		windows: [{ limit: 100, periodMs: 60_000, whenFull: 'wait', label: '100 requests per minute' }],
		timeoutMs: 2_000,
		...overrides,
	};
}

export function testCredentials(origin: string): { apiKey: string; baseUrl: string } {
	return { apiKey: TEST_API_KEY, baseUrl: `${origin}/merchant_api/v1` };
}
