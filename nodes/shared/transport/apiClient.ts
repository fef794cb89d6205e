import { createHash } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { apiError } from '../errors/apiError';
import { asNodeError } from '../errors/asNodeError';
import { backoffMs } from '../retry/backoff';
import { MAX_ATTEMPTS_AFTER_FAULTS, MAX_ATTEMPTS_WHEN_THROTTLED, mayRepeatAfterFault } from '../retry/retryPolicy';
import { systemClock, type Clock } from '../throttle/clock';
import { QuotaExhaustedError, type Throttle } from '../throttle/throttle';
import { throttleFor } from '../throttle/throttleRegistry';
import { classifyResponse } from './classify';
import { isCancellation, isTransientNetworkFault, networkCode } from './networkFault';
import type { ApiRequest, ApiResponse, ServiceProfile } from './types';
import { joinUrl, sameOriginUrl } from './url';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IPollFunctions | IWebhookFunctions;

export interface ApiClient {
	readonly secrets: readonly string[];
	/** Sends one request through the throttle, with retries; returns the response or throws a NodeApiError. */
	send(request: ApiRequest, itemIndex?: number): Promise<ApiResponse>;
	/** A NodeApiError about a request whose responses made no sense (e.g. a page that repeats). */
	problem(request: ApiRequest, message: string, itemIndex?: number): Error;
}

export interface ApiClientOptions {
	clock?: Clock;
	/** A throttle to use instead of the process-wide one (tests). */
	throttle?: Throttle;
}

function rateGroup(profile: ServiceProfile, credentials: ICredentialDataDecryptedObject): string {
	const identity = createHash('sha256').update(profile.rateIdentity(credentials)).digest('hex').slice(0, 24);
	return `${profile.credentialType}:${profile.api}:${identity}`;
}

function describe(request: ApiRequest): string {
	return `${request.method} ${request.url ? new URL(request.url).pathname : request.path.split('?')[0]}`;
}

function cancelSignal(ctx: RequestContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
}

/** The one place that talks HTTP: throttle, send through n8n's authenticated helper, classify, retry, map errors. */
export async function createApiClient(
	ctx: RequestContext,
	profile: ServiceProfile,
	options: ApiClientOptions = {},
): Promise<ApiClient> {
	const credentials = await ctx.getCredentials(profile.credentialType);
	const clock = options.clock ?? systemClock;
	const secrets = profile.secrets(credentials).filter(Boolean);
	const throttle =
		options.throttle ?? throttleFor(rateGroup(profile, credentials), profile.windows, profile.rateHeaders?.window);
	const baseUrl = profile.baseUrl(credentials);

	const fail = (request: ApiRequest, attempts: number, itemIndex: number | undefined, extra: { status?: number; body?: unknown; message?: string }) =>
		apiError(ctx.getNode(), { service: profile.displayName, request: describe(request), attempts, secrets, itemIndex, ...extra });

	async function send(request: ApiRequest, itemIndex?: number): Promise<ApiResponse> {
		const url = request.url ? sameOriginUrl(baseUrl, request.url) : joinUrl(baseUrl, request.path);
		const repeatable = mayRepeatAfterFault(request.method, request.documentedSafeToRepeat);
		const signal = cancelSignal(ctx);
		for (let attempt = 1; ; attempt++) {
			try {
				await throttle.acquire(signal);
			} catch (error) {
				if (error instanceof QuotaExhaustedError) throw fail(request, attempt - 1, itemIndex, { message: error.message });
				throw asNodeError(ctx.getNode(), error, itemIndex);
			}
			let response: ApiResponse;
			try {
				response = await sendOnce(ctx, profile, request, url);
			} catch (error) {
				if (isCancellation(error)) throw new NodeOperationError(ctx.getNode(), 'The execution was cancelled during a request', { itemIndex });
				const code = networkCode(error);
				if (isTransientNetworkFault(code) && repeatable && attempt < MAX_ATTEMPTS_AFTER_FAULTS) {
					await clock.sleep(backoffMs(attempt), signal);
					continue;
				}
				const unsafe = isTransientNetworkFault(code) && !repeatable ? ' It was not repeated, because the service may already have acted on it.' : '';
				throw fail(request, attempt, itemIndex, { message: `could not complete the request (${code ?? 'network error'}).${unsafe}` });
			}
			const headerReport = profile.rateHeaders?.read(response.headers);
			if (headerReport) throttle.observe(headerReport);
			const outcome = classifyResponse(profile, request, response, clock.now());
			switch (outcome.kind) {
				case 'ok':
					return response;
				case 'throttled': {
					if (attempt >= MAX_ATTEMPTS_WHEN_THROTTLED) break;
					// A 429 means the request was not processed, so any method may be sent again.
					const hadHeaders = headerReport?.used !== undefined;
					throttle.onThrottled(outcome.retryAfterMs, backoffMs(attempt, 1000), hadHeaders);
					continue;
				}
				case 'transient':
					if (!repeatable || attempt >= MAX_ATTEMPTS_AFTER_FAULTS) break;
					await clock.sleep(outcome.retryAfterMs ?? backoffMs(attempt), signal);
					continue;
				case 'quota':
				case 'failed':
					throw fail(request, attempt, itemIndex, { status: response.statusCode, body: response.body, message: outcome.message });
			}
			throw fail(request, attempt, itemIndex, { status: response.statusCode, body: response.body });
		}
	}

	const problem = (request: ApiRequest, message: string, itemIndex?: number) => fail(request, 1, itemIndex, { message });
	return { secrets, send, problem };
}

async function sendOnce(ctx: RequestContext, profile: ServiceProfile, request: ApiRequest, url: string): Promise<ApiResponse> {
	const options: IHttpRequestOptions = {
		method: request.method,
		url,
		qs: request.qs,
		body: request.body,
		headers: request.headers,
		json: !request.binaryResponse,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: profile.timeoutMs ?? 60_000,
		arrayFormat: profile.arrayFormat,
	};
	if (request.binaryResponse) options.encoding = 'arraybuffer';
	const raw = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, profile.credentialType, options)) as {
		statusCode: number;
		headers: Record<string, unknown>;
		body: unknown;
	};
	return { statusCode: raw.statusCode, headers: raw.headers ?? {}, body: raw.body };
}
