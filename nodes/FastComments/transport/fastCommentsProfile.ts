import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { ApiResponse, ResponseOutcome, ServiceProfile } from '../../shared/transport/types';

const GLOBAL_URL = 'https://fastcomments.com';

export function fastCommentsBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const region = String(credentials.region || GLOBAL_URL);
	const url = region === 'custom' ? String(credentials.baseUrl || '') : region;
	return url.replace(/\/+$/, '');
}

/** FastComments reports many failures as HTTP 200 with `{status: "failed", code, reason}`. */
export function isFailedBody(body: unknown): boolean {
	return Boolean(body && typeof body === 'object' && !Array.isArray(body) && (body as { status?: unknown }).status === 'failed');
}

function classify(response: ApiResponse): ResponseOutcome | undefined {
	const ok = response.statusCode >= 200 && response.statusCode < 300;
	// The engine quotes `reason` and `code` from the body for a failure without its own message.
	if (ok && isFailedBody(response.body)) return { kind: 'failed' };
	return undefined;
}

/**
 * FastComments /api/v1. The docs price calls in credits but document no request rate limit, so no windows are
 * configured; a 429 would still be honoured through the engine's default handling.
 */
export const fastCommentsProfile: ServiceProfile = {
	displayName: 'FastComments',
	credentialType: 'fastCommentsApi',
	api: 'v1',
	baseUrl: fastCommentsBaseUrl,
	rateIdentity: (credentials) => `${String(credentials.tenantId)}:${String(credentials.apiKey)}`,
	secrets: (credentials) => [String(credentials.apiKey ?? ''), String(credentials.apiSecret ?? '')],
	windows: [],
	classify,
	// Express reads `tags=a&tags=b` as a list, which is also OpenAPI's default form for query arrays.
	arrayFormat: 'repeat',
};
