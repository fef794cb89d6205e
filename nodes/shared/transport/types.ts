import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import type { TokenFlow } from '../auth/types';
import type { RateWindowSpec } from '../throttle/slidingWindow';
import type { ServerRateReport } from '../throttle/throttle';

/** One request, as a node describes it: relative to the service's base URL unless `url` came from the service. */
export interface ApiRequest {
	method: IHttpRequestMethods;
	path: string;
	/** An absolute link the service returned (a next link); must stay on the credential's host. */
	url?: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | string | Buffer;
	headers?: IDataObject;
	/** The service documents this POST/PATCH as safe to repeat after a fault. */
	documentedSafeToRepeat?: boolean;
	/** Response is binary (e.g. a zip), not JSON. */
	binaryResponse?: boolean;
	/** Response body comes as a byte stream (e.g. NDJSON) for the caller to read incrementally. */
	streamResponse?: boolean;
	/** For a call the service documents as slow (a long aggregation); otherwise the profile's timeout applies. */
	timeoutMs?: number;
}

export interface ApiResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

export type ResponseOutcome =
	| { kind: 'ok' }
	| { kind: 'throttled'; retryAfterMs?: number }
	| { kind: 'quota'; message: string }
	| { kind: 'transient'; retryAfterMs?: number }
	| { kind: 'failed'; message?: string };

/** Everything the shared engine needs to know about one service's API. */
export interface ServiceProfile {
	/** Shown in errors: "Hive", "FastComments". */
	displayName: string;
	credentialType: string;
	/** Names the API inside the service, for rate groups: one service may count several APIs separately. */
	api: string;
	baseUrl(credentials: ICredentialDataDecryptedObject): string;
	/** What the service counts its limits by (an API key, a client id); hashed before use. */
	rateIdentity(credentials: ICredentialDataDecryptedObject): string;
	/** Credential values that must never appear in errors or output. */
	secrets(credentials: ICredentialDataDecryptedObject): string[];
	windows: RateWindowSpec[];
	/** The window the service's usage headers describe, and how to read them. */
	rateHeaders?: { window: number; read(headers: Record<string, unknown>): ServerRateReport };
	/** Service-specific reading of a response; return undefined to use the default rules. */
	classify?(response: ApiResponse): ResponseOutcome | undefined;
	/** How array query values are written, e.g. `brackets` for Rails-style `ids[]=1&ids[]=2`. */
	arrayFormat?: 'indices' | 'brackets' | 'repeat' | 'comma';
	timeoutMs?: number;
	/**
	 * Short-lived bearer tokens the service hands out: the transport gets one before each send (cached per
	 * credential) and, after a 401, a new one, then repeats the refused request once.
	 */
	tokenFlow?: TokenFlow;
}
