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
import { hintFor, UNREACHABLE_HINT } from '../errors/statusHints';
import { backoffMs } from '../retry/backoff';
import { budgetSpentHint } from '../retry/budgetHint';
import { DEFAULT_RETRY_BUDGET_MS, RetryBudget } from '../retry/retryBudget';
import { MAX_ATTEMPTS_WHEN_THROTTLED, MAX_RETRY_AFTER_MS, MAX_UNNAMED_429_WAIT_MS, mayRepeatAfterFault, throttlePatienceMs } from '../retry/retryPolicy';
import { rateShareOf } from '../credentials/instanceSharing';
import { sharedStoreFor, sharingChoice, type SharedStore } from '../state/sharedStore';
import { systemClock, type Clock } from '../throttle/clock';
import type { RateLimiter } from '../throttle/rateLimiter';
import { QuotaExhaustedError } from '../throttle/throttle';
import { throttleFor } from '../throttle/throttleRegistry';
import { FAULT_WAIT, rateLimitReason, WaitLog } from '../throttle/waitLog';
import { tokenFailure } from '../auth/tokenError';
import { throughCredential } from '../auth/tokenRequest';
import { tokenSession } from '../auth/tokens';
import { classifyResponse, hasRetryAfterHeader } from './classify';
import { isCancellation, isTransientNetworkFault, networkCode } from './networkFault';
import { readErrorBody, readJsonBody } from './responseBody';
import { wireBody } from './wireBody';
import type { ApiRequest, ApiResponse, ServiceProfile } from './types';
import type { RateTicket } from '../throttle/rateLimiter';
import { joinUrl, sameOriginUrl } from './url';

const QUOTA_HINT = 'The quota for this period is used up; waiting would not help. Requests succeed again once it resets.';
const NOT_REPEATED = 'It was not repeated, because the service may already have acted on it.';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IPollFunctions | IWebhookFunctions;

/** How far a paged read had got when it sent a request, so an error can say what was lost. */
export interface ReadProgress {
	/** The page this request asks for, counting from 1. */
	page: number;
	/** Where that page starts, in the request's paging parameters ("cursor=…", "skip=200"), if it has any. */
	position?: string;
	pagesRead: number;
	itemsRead: number;
}

export interface ApiClient {
	readonly secrets: readonly string[];
	/** Every wait and repeat of this client's requests (and its execution's other clients'): what the node tells the user. */
	readonly waits: WaitLog;
	/** Sends one request through the throttle, with retries; returns the response or throws a NodeApiError. */
	send(request: ApiRequest, itemIndex?: number, progress?: ReadProgress): Promise<ApiResponse>;
	/** A NodeApiError about a request whose responses made no sense (e.g. a page that repeats). */
	problem(request: ApiRequest, message: string, itemIndex?: number): Error;
}

export interface ApiClientOptions {
	clock?: Clock;
	/** A limiter to use instead of the process-wide (or, in queue mode, instance-wide) one (tests). */
	throttle?: RateLimiter;
	/** How long a safe request is repeated through faults (the node's Retry Budget); 0 turns that off. */
	retryBudgetMs?: number;
	/** The log of the whole execution, shared by its clients of other APIs (see executionClients.ts). */
	waits?: WaitLog;
}

function rateGroup(profile: ServiceProfile, credentials: ICredentialDataDecryptedObject): string {
	const identity = createHash('sha256').update(profile.rateIdentity(credentials)).digest('hex').slice(0, 24);
	return `${profile.credentialType}:${profile.api}:${identity}`;
}

/** The rate group's limiter: shared by every n8n process in queue mode, else this process's own. */
function limiterFor(profile: ServiceProfile, credentials: ICredentialDataDecryptedObject, store: SharedStore | undefined): RateLimiter {
	const group = rateGroup(profile, credentials);
	const share = rateShareOf(credentials);
	if (store) return store.limiter(group, profile.windows, profile.rateHeaders?.window, share);
	return throttleFor(group, profile.windows, profile.rateHeaders?.window, share);
}

/** What the user reads when 429s without a named wait outlasted the patience: how long, and the windows involved. */
function throttledTooLongHint(patienceMs: number, profile: ServiceProfile): string {
	const windows = profile.windows.map((window) => window.label).join(', ');
	return `The service kept refusing for ${Math.round(patienceMs / 60_000)} min without saying how long to wait, longer than its documented limits (${windows}) take to free up. Another app or n8n may be using the same key: lower its use, or this credential's Share of Rate Limits.`;
}

/** A link the service returned may be relative ("skus?page=2"); only its path is shown, never its query. */
function linkPath(link: string): string {
	try {
		return new URL(link, 'http://relative.invalid').pathname;
	} catch {
		return link.split(/[?#]/)[0];
	}
}

function describe(request: ApiRequest, progress?: ReadProgress): string {
	const position = progress?.position ? ` (${progress.position})` : '';
	const page = progress ? `, page ${progress.page.toLocaleString('en-US')}${position}` : '';
	return `${request.method} ${request.url ? linkPath(request.url) : request.path.split('?')[0]}${page}`;
}

const count = (value: number, noun: string) => `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`;

/** What a read that failed through the whole retry budget had got, and lost. */
function readLost(progress: ReadProgress | undefined): string {
	if (!progress) return '';
	return ` The read had got through ${count(progress.pagesRead, 'page')} (${count(progress.itemsRead, 'item')}) and stopped at page ${progress.page.toLocaleString('en-US')}; nothing of it was returned.`;
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
	const flow = profile.tokenFlow;
	const budgetMs = options.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS;
	const waits = options.waits ?? new WaitLog();
	/** The wait before a request (data or token) is repeated after a fault: logged, so the node's hint tells of it. */
	const repeatAfter = async (ms: number) => {
		waits.add(FAULT_WAIT, ms);
		waits.retried();
		await clock.sleep(ms, cancelSignal(ctx));
	};
	const store = await sharedStoreFor(sharingChoice(credentials), ctx.getNode());
	const tokens =
		flow &&
		tokenSession(
			{ send: throughCredential(ctx, profile.credentialType), flow, credentials, now: () => clock.now(), retryBudgetMs: budgetMs, pause: repeatAfter, shared: store?.tokens },
			secrets,
		);
	const throttle = options.throttle ?? limiterFor(profile, credentials, store);
	const baseUrl = profile.baseUrl(credentials);

	const fail = (
		request: ApiRequest,
		attempts: number,
		itemIndex: number | undefined,
		extra: { status?: number; body?: unknown; message?: string; note?: string; hint?: string; progress?: ReadProgress },
	) => {
		const { progress, ...report } = extra;
		return apiError(ctx.getNode(), { service: profile.displayName, request: describe(request, progress), attempts, secrets, itemIndex, ...report });
	};

	async function send(request: ApiRequest, itemIndex?: number, progress?: ReadProgress): Promise<ApiResponse> {
		const url = request.url ? sameOriginUrl(baseUrl, request.url) : joinUrl(baseUrl, request.path);
		const repeatable = mayRepeatAfterFault(request.method, request.documentedSafeToRepeat);
		const signal = cancelSignal(ctx);
		const budget = new RetryBudget(budgetMs, () => clock.now());
		/** After a fault on a safe request: waits and returns true to repeat it, or false when the budget is spent. */
		const waitOutFault = async (askedMs?: number): Promise<boolean> => {
			const wait = budget.nextWait(askedMs);
			if (wait === undefined) return false;
			await repeatAfter(wait);
			return true;
		};
		let renewedToken = false;
		/** When the first 429 without a named wait came, and how many such came. */
		let unnamedThrottleSince: number | undefined;
		let unnamedThrottles = 0;
		const currentToken = async (): Promise<string | undefined> => {
			try {
				return await tokens?.current();
			} catch (error) {
				throw tokenFailure(ctx.getNode(), profile.displayName, error, secrets, itemIndex);
			}
		};
		for (let attempt = 1; ; attempt++) {
			// A token request takes time: fetch the token before taking a slot, so the slot's time is the send time
			// (else the server sees the first requests late and the next window's early, and answers 429).
			await currentToken();
			let ticket: RateTicket;
			try {
				ticket = await throttle.acquire(signal, (ms, reason) => waits.add(reason, ms));
			} catch (error) {
				if (error instanceof QuotaExhaustedError) throw fail(request, attempt - 1, itemIndex, { message: error.message, hint: QUOTA_HINT });
				throw asNodeError(ctx.getNode(), error, itemIndex);
			}
			let token: string | undefined;
			let tokenRead = false;
			try {
				token = await currentToken();
				tokenRead = true;
			} finally {
				if (!tokenRead) throttle.answered(ticket); // nothing was sent
			}
			let response: ApiResponse;
			try {
				response = await sendOnce(ctx, profile, request, url);
			} catch (error) {
				throttle.answered(ticket);
				if (isCancellation(error)) throw new NodeOperationError(ctx.getNode(), 'The execution was cancelled during a request', { itemIndex });
				const code = networkCode(error);
				const transient = isTransientNetworkFault(code);
				if (transient && repeatable && (await waitOutFault())) continue;
				const unsafe = transient && !repeatable ? ` ${NOT_REPEATED}` : '';
				const hint = transient && repeatable ? budgetSpentHint(UNREACHABLE_HINT, budget.report(), readLost(progress)) : undefined;
				throw fail(request, attempt, itemIndex, { message: `could not complete the request (${code ?? 'network error'}).${unsafe}`, hint, progress });
			}
			throttle.answered(ticket);
			if (response.statusCode === 401 && tokens && token !== undefined && !renewedToken) {
				// The token was refused, so nothing was done: renew it and repeat the request once, whatever its method.
				renewedToken = true;
				try {
					await tokens.renew(token);
				} catch (error) {
					throw tokenFailure(ctx.getNode(), profile.displayName, error, secrets, itemIndex);
				}
				continue;
			}
			const headerReport = profile.rateHeaders?.read(response.headers);
			// On a 429, Retry-After says when to try again and the next answer re-syncs the count; the refusal's own
			// "used" would block a whole window even when the server frees a slot in a second.
			if (headerReport && response.statusCode !== 429) throttle.observe(headerReport, ticket);
			const outcome = classifyResponse(profile, request, response, clock.now());
			switch (outcome.kind) {
				case 'ok':
					return response;
				case 'throttled': {
					let fallbackMs = 0;
					if (outcome.retryAfterMs === undefined) {
						// No wait named: keep trying, ever more slowly, while a documented window could still free up.
						unnamedThrottleSince ??= clock.now();
						const patienceMs = throttlePatienceMs(profile.windows);
						if (clock.now() - unnamedThrottleSince >= patienceMs) {
							throw fail(request, attempt, itemIndex, { status: response.statusCode, body: response.body, progress, hint: throttledTooLongHint(patienceMs, profile) });
						}
						fallbackMs = backoffMs(++unnamedThrottles, 1000, MAX_UNNAMED_429_WAIT_MS);
					} else if (attempt >= MAX_ATTEMPTS_WHEN_THROTTLED) break;
					if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > MAX_RETRY_AFTER_MS) {
						const until = new Date(clock.now() + outcome.retryAfterMs).toISOString();
						throw fail(request, attempt, itemIndex, {
							status: response.statusCode,
							body: response.body,
							message: `the service asks to wait until ${until} before the next request, which is too long to wait inside a workflow`,
							hint: QUOTA_HINT,
						});
					}
					// A 429 means the request was not processed, so any method may be sent again.
					const hadHeaders = headerReport?.used !== undefined;
					const named = outcome.retryAfterMs === undefined ? 'none' : hasRetryAfterHeader(response) ? 'header' : 'body';
					throttle.onThrottled(outcome.retryAfterMs, fallbackMs, hadHeaders, rateLimitReason(response.statusCode, named));
					waits.retried();
					continue;
				}
				case 'transient': {
					const refused = { status: response.statusCode, body: response.body, progress };
					if (!repeatable) throw fail(request, attempt, itemIndex, { ...refused, note: NOT_REPEATED });
					if (await waitOutFault(outcome.retryAfterMs)) continue;
					throw fail(request, attempt, itemIndex, { ...refused, hint: budgetSpentHint(hintFor(response.statusCode), budget.report(), readLost(progress)) });
				}
				case 'quota':
					throw fail(request, attempt, itemIndex, { status: response.statusCode, body: response.body, message: outcome.message, hint: QUOTA_HINT });
				case 'failed':
					throw fail(request, attempt, itemIndex, { status: response.statusCode, body: response.body, message: outcome.message, progress });
			}
			throw fail(request, attempt, itemIndex, { status: response.statusCode, body: response.body, progress });
		}
	}

	const problem = (request: ApiRequest, message: string, itemIndex?: number) => fail(request, 1, itemIndex, { message });
	return { secrets, waits, send, problem };
}

async function sendOnce(ctx: RequestContext, profile: ServiceProfile, request: ApiRequest, url: string): Promise<ApiResponse> {
	const wire = wireBody(request);
	const options: IHttpRequestOptions = {
		method: request.method,
		url,
		qs: request.qs,
		body: wire.body,
		headers: wire.headers,
		json: !request.binaryResponse,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: request.timeoutMs ?? profile.timeoutMs ?? 60_000,
		arrayFormat: profile.arrayFormat,
	};
	if (request.binaryResponse) options.encoding = 'arraybuffer';
	else if (request.streamResponse) Object.assign(options, { encoding: 'stream', json: false });
	else options.encoding = 'stream'; // JSON too: readJsonBody explains why
	const raw = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, profile.credentialType, options)) as {
		statusCode: number;
		headers: Record<string, unknown>;
		body: unknown;
	};
	// A refused answer is read as text (at most 64 KiB), so errors can quote the service and the connection is freed.
	const refused = raw.statusCode < 200 || raw.statusCode >= 300;
	const wholeJson = !refused && !request.streamResponse && !request.binaryResponse;
	const body = refused ? await readErrorBody(raw.body) : wholeJson ? await readJsonBody(raw.body) : raw.body;
	return { statusCode: raw.statusCode, headers: raw.headers ?? {}, body };
}
