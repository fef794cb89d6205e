import { randomBytes } from 'node:crypto';
import type { MockRequest, MockResponse } from '../shared';
import { SCOPES, TOKEN_LIFETIME_S } from './constants';

export interface TokenOptions {
	clients: Record<string, string>;
	/** How long a token really works; by default what `expires_in` says. */
	lifetimeMs?: number;
	/** What `expires_in` tells the client (seconds). */
	expiresInS?: number;
	/** A token stops working after this many API requests (expiry in the middle of a read, deterministically). */
	requestsPerToken?: number;
	now: () => number;
}

interface IssuedToken {
	clientId: string;
	scopes: Set<string>;
	expiresAt: number;
	requestsLeft: number;
}

export type TokenCheck = { ok: true; clientId: string; scopes: Set<string> } | { ok: false; response: MockResponse };

function identityError(error: string, description: string): MockResponse {
	return { status: 400, body: { error, error_description: description } };
}

function clientOf(req: MockRequest, form: URLSearchParams): { id: string; secret: string } | undefined {
	const basic = /^Basic\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
	if (basic) {
		const [id, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
		return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') };
	}
	const id = form.get('client_id');
	return id === null ? undefined : { id, secret: form.get('client_secret') ?? '' };
}

/** Forsta's identity server as the docs describe it: the api-user grant, form-encoded, tokens with a lifetime. */
export class TokenBook {
	private tokens = new Map<string, IssuedToken>();
	/** Token requests answered 200, for tests that count them. */
	issued = 0;

	constructor(private readonly options: TokenOptions) {}

	grant(req: MockRequest): MockResponse {
		const contentType = String(req.headers['content-type'] ?? '');
		if (!contentType.startsWith('application/x-www-form-urlencoded')) {
			return identityError('invalid_request', `the body must be form-encoded (got "${contentType || 'none'}")`);
		}
		const form = new URLSearchParams(req.rawBody);
		if (form.get('grant_type') !== 'api-user') return identityError('unsupported_grant_type', 'only grant_type=api-user is supported');
		const client = clientOf(req, form);
		if (!client || this.options.clients[client.id] === undefined || this.options.clients[client.id] !== client.secret) {
			return identityError('invalid_client', 'unknown client or wrong secret');
		}
		const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
		if (scopes.length === 0 || scopes.some((scope) => !(SCOPES as readonly string[]).includes(scope))) {
			return identityError('invalid_scope', `scope must be one or more of ${SCOPES.join(', ')}`);
		}
		const expiresInS = this.options.expiresInS ?? TOKEN_LIFETIME_S;
		const token = randomBytes(16).toString('hex');
		this.tokens.set(token, {
			clientId: client.id,
			scopes: new Set(scopes),
			expiresAt: this.options.now() + (this.options.lifetimeMs ?? expiresInS * 1000),
			requestsLeft: this.options.requestsPerToken ?? Number.POSITIVE_INFINITY,
		});
		this.issued++;
		return { status: 200, body: { access_token: token, expires_in: expiresInS, token_type: 'Bearer', scope: scopes.join(' ') } };
	}

	/** Checks `Authorization: Bearer <token>` of an API request and counts the request against the token. */
	check(header: unknown): TokenCheck {
		const match = /^Bearer\s+(\S+)\s*$/i.exec(typeof header === 'string' ? header : '');
		const token = match ? this.tokens.get(match[1]) : undefined;
		if (!token || token.expiresAt <= this.options.now() || token.requestsLeft <= 0) {
			return { ok: false, response: { status: 401, body: { message: 'Authorization has been denied for this request.' } } };
		}
		token.requestsLeft--;
		return { ok: true, clientId: token.clientId, scopes: token.scopes };
	}

	/** The token values issued so far, for tests that check none of them leaked. */
	issuedTokens(): string[] {
		return [...this.tokens.keys()];
	}

	/** Every token issued so far stops working (what an hour does to a real token). */
	expireAll(): number {
		for (const token of this.tokens.values()) token.expiresAt = 0;
		return this.tokens.size;
	}

	reset(): void {
		this.tokens.clear();
		this.issued = 0;
	}
}
