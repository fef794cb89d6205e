import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { serviceMessage } from '../shared/errors/serviceMessage';
import type { ApiResponse, ResponseOutcome, ServiceProfile } from '../shared/transport/types';

const GATEWAYS: Record<string, string> = {
	production: 'https://gateway.getflowbox.com',
	sandbox: 'https://api.sandbox.flbx.io',
};

export function gatewayUrl(credentials: ICredentialDataDecryptedObject): string {
	const environment = String(credentials.environment || 'production');
	if (environment === 'custom') return String(credentials.gatewayUrl || '');
	return GATEWAYS[environment] ?? GATEWAYS.production;
}

/** Flowbox answers some failures with 200 and `{status: "error"}`; those are errors, not data. */
export function classifyFlowbox(response: ApiResponse): ResponseOutcome | undefined {
	const { statusCode, body } = response;
	if (statusCode < 200 || statusCode >= 300) return undefined;
	if (!body || typeof body !== 'object' || (body as { status?: unknown }).status !== 'error') return undefined;
	const quoted = serviceMessage(body) ?? serviceMessage((body as { data?: unknown }).data);
	return { kind: 'failed', message: `the response said status "error"${quoted ? `: ${quoted}` : ''}` };
}

const shared = {
	displayName: 'Flowbox',
	credentialType: 'flowboxApi',
	rateIdentity: (credentials: ICredentialDataDecryptedObject) => String(credentials.apiKey ?? ''),
	secrets: (credentials: ICredentialDataDecryptedObject) => [String(credentials.apiKey ?? '')],
	// Flowbox documents no rate limit ("???"): nothing is paced ahead, and a 429 still waits as the engine does.
	windows: [],
	classify: classifyFlowbox,
};

/** The External API (keyed): company, flows, posts v2, tags, products, reviews. */
export const flowboxProfile: ServiceProfile = {
	...shared,
	api: 'external',
	baseUrl: (credentials) => String(credentials.externalApiUrl || 'https://external-api.getflowbox.com'),
};

/** The Developer API v1 gateway: the public feed of a flow, which needs no key. */
export const flowboxFeedProfile: ServiceProfile = {
	...shared,
	api: 'feed-v1',
	baseUrl: gatewayUrl,
};
