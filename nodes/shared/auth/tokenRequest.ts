import { sleep, type IAllExecuteFunctions, type IHttpRequestOptions } from 'n8n-workflow';
import { z } from 'zod';
import { redactText, redactValue } from '../errors/redact';
import { serviceMessage } from '../errors/serviceMessage';
import { DEFAULT_RETRY_BUDGET_MS, RetryBudget, type BudgetReport } from '../retry/retryBudget';
import { seconds } from '../throttle/waitLog';
import { isTransientNetworkFault, networkCode } from '../transport/networkFault';
import type { StoredToken, TokenHttpRequest } from './types';

const ONE_HOUR_MS = 3_600_000;
/** At most a minute, and never more than a tenth of a short-lived token's life. */
const MAX_MARGIN_MS = 60_000;

/** When a token obtained at `obtainedAt`, valid for `lifetimeMs`, should be replaced. */
export function renewTime(obtainedAt: number, lifetimeMs: number): number {
	return obtainedAt + lifetimeMs - Math.min(MAX_MARGIN_MS, lifetimeMs / 10);
}

/**
 * Marks a request as a token request, which the credential's `authenticate` must send as it is. A registered
 * symbol: it is never serialised or sent, and it is the same symbol in every module that asks for it.
 */
const TOKEN_REQUEST = Symbol.for('n8n-nodes-service-pack.tokenRequest');

type Marked = IHttpRequestOptions & { [TOKEN_REQUEST]?: true };

function markTokenRequest(options: IHttpRequestOptions): IHttpRequestOptions {
	(options as Marked)[TOKEN_REQUEST] = true;
	return options;
}

export function isTokenRequest(options: IHttpRequestOptions): boolean {
	return (options as Marked)[TOKEN_REQUEST] === true;
}

/** Sends one token request and returns n8n's full response (or throws what the network threw). */
export type TokenSender = (options: IHttpRequestOptions) => Promise<unknown>;

/**
 * The engine's sender: like every request, a token request goes through n8n's authenticated helper, so n8n's proxy
 * and request settings apply; its mark keeps the credential's Bearer header off it.
 */
export function throughCredential(ctx: IAllExecuteFunctions, credentialType: string): TokenSender {
	return async (options) => await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options);
}

/** The answer of a token endpoint as the engine needs it; what a transport or n8n's helpers return. */
export interface TokenHttpResponse {
	statusCode: number;
	body: unknown;
}

/** A token request that failed; carries only redacted text, never the form that held the secret. */
export class TokenRequestError extends Error {
	/** How often the request was sent. */
	attempts = 1;
	/** Set when it failed for a passing reason (a network fault, 408/429/5xx) until the retry budget ran out. */
	spentBudget?: BudgetReport;

	constructor(
		/** What went wrong, without the service's name: "invalid_client". */
		readonly reason: string,
		displayName: string,
		/** e.g. "POST /identity/connect/token": the path only, like every request in our errors. */
		readonly endpoint: string,
		/** Not named `status`: n8n's NodeApiError would swap our message for a generic one for that code. */
		readonly httpStatus?: number,
		readonly body?: unknown,
	) {
		super(`${displayName}${httpStatus !== undefined ? ` (HTTP ${httpStatus})` : ''}: ${reason}`);
		this.name = 'TokenRequestError';
	}

	/** Notes how the attempts went, in the message too: a credential's own token request reaches n8n as this error. */
	afterAttempts(attempts: number, spentBudget: BudgetReport | undefined): this {
		this.attempts = attempts;
		this.spentBudget = spentBudget;
		if (attempts > 1) this.message += `; ${attempts} attempts in ${seconds(spentBudget?.spentMs ?? 0)}`;
		return this;
	}
}

const tokenResponseSchema = z.object({
	access_token: z.string().min(1),
	expires_in: z.union([z.number(), z.string().regex(/^\d+$/)]).optional(),
	refresh_token: z.string().min(1).optional(),
	token_type: z.string().optional(),
});

/** n8n request options for a token request: marked, form-encoded, answered as JSON, never throwing on a status. */
export function tokenHttpOptions(request: TokenHttpRequest, timeoutMs = 30_000): IHttpRequestOptions {
	const options: IHttpRequestOptions = {
		method: 'POST',
		url: request.url,
		body: new URLSearchParams(request.form).toString(),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: timeoutMs,
	};
	if (request.basicAuth) options.auth = request.basicAuth;
	return markTokenRequest(options);
}

function endpointOf(url: string): string {
	try {
		return `POST ${new URL(url).pathname}`;
	} catch {
		return 'POST (token endpoint)';
	}
}

function parsedBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

/** OAuth2's error shape, `{ error, error_description }`, as one sentence: "invalid_client: unknown client". */
function oauthError(body: unknown): string | undefined {
	const { error, error_description: description } = (body ?? {}) as { error?: unknown; error_description?: unknown };
	if (typeof error !== 'string' || error === '') return undefined;
	return typeof description === 'string' && description !== '' ? `${error}: ${description}` : error;
}

/** Reads a token endpoint's answer; anything but a 2xx with an access token becomes a TokenRequestError. */
export function readTokenResponse(
	displayName: string,
	request: TokenHttpRequest,
	response: TokenHttpResponse,
	now: number,
	secrets: readonly string[],
	defaultLifetimeMs = ONE_HOUR_MS,
): StoredToken {
	const endpoint = endpointOf(request.url);
	const body = parsedBody(response.body);
	if (response.statusCode < 200 || response.statusCode >= 300) {
		const quoted = oauthError(body) ?? serviceMessage(body) ?? 'no reason given';
		throw new TokenRequestError(redactText(quoted, secrets), displayName, endpoint, response.statusCode, redactValue(body, secrets));
	}
	const parsed = tokenResponseSchema.safeParse(body);
	if (!parsed.success) {
		throw new TokenRequestError('the token endpoint answered without an access token', displayName, endpoint, response.statusCode);
	}
	const lifetimeMs = parsed.data.expires_in !== undefined ? Number(parsed.data.expires_in) * 1000 : defaultLifetimeMs;
	return {
		accessToken: parsed.data.access_token,
		refreshToken: parsed.data.refresh_token,
		expiresAt: now + lifetimeMs,
		renewAt: renewTime(now, lifetimeMs),
	};
}

/** Answers after which the same token request may succeed: the endpoint was busy or briefly down. */
const isPassingFailure = (status: number) => status === 408 || status === 429 || status >= 500;

export interface TokenRequestOptions {
	/** Used when the token response names no lifetime. */
	defaultLifetimeMs?: number;
	/** How long the request is repeated through faults, from the first one; 0 sends it once. */
	retryBudgetMs?: number;
	/** The wait between attempts; n8n's sleep unless a test brings its clock. */
	pause?: (ms: number) => Promise<void>;
}

/**
 * Sends a token request with the given sender and reads the answer; network faults become TokenRequestErrors too.
 * A grant or refresh that meets a reset, a timeout or a 408/429/5xx is sent again (with backoff, within the retry
 * budget, like every safe request): it creates nothing a second try could duplicate, and a read waiting on it
 * would otherwise fail for a blip.
 */
export async function requestToken(
	send: TokenSender,
	displayName: string,
	request: TokenHttpRequest,
	secrets: readonly string[],
	now: () => number,
	options: TokenRequestOptions = {},
): Promise<StoredToken> {
	const budget = new RetryBudget(options.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS, now);
	const pause = options.pause ?? sleep;
	for (let attempt = 1; ; attempt++) {
		const response = await send(tokenHttpOptions(request)).then(
			(answer) => answer as TokenHttpResponse,
			(error: unknown) => error as Error,
		);
		const failed = response instanceof Error ? isTransientNetworkFault(networkCode(response)) : isPassingFailure(response.statusCode);
		const wait = failed ? budget.nextWait() : undefined;
		if (wait !== undefined) {
			await pause(wait);
			continue;
		}
		try {
			if (response instanceof Error) throw unreachable(response, displayName, request, secrets);
			return readTokenResponse(displayName, request, response, now(), secrets, options.defaultLifetimeMs);
		} catch (error) {
			throw error instanceof TokenRequestError ? error.afterAttempts(attempt, failed ? budget.report() : undefined) : error;
		}
	}
}

/** A token request that got no answer: the network's code, else its words without secrets or the URL's query. */
function unreachable(error: Error, displayName: string, request: TokenHttpRequest, secrets: readonly string[]): TokenRequestError {
	const reason = networkCode(error) ?? redactText(error.message ?? String(error), [...secrets, queryOf(request.url)]);
	return new TokenRequestError(`could not reach the token endpoint (${reason})`, displayName, endpointOf(request.url));
}

function queryOf(url: string): string {
	try {
		return new URL(url).search.slice(1);
	} catch {
		return '';
	}
}
