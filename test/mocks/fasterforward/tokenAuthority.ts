import { randomBytes } from 'node:crypto';
import { FF_TOKEN_LIFETIME_S } from './constants';

export interface Grant {
	clientId: string;
	user?: string;
	scope: string;
}

interface Issued extends Grant {
	expiresAt: number;
}

export interface TokenPair {
	access_token: string;
	expires_in: number;
	token_type: 'Bearer';
	scope: string;
	refresh_token: string;
}

/**
 * Access tokens that expire, and refresh tokens that are good once (each refresh hands out a new pair), on an
 * injectable clock so tests can move past an expiry.
 */
export class TokenAuthority {
	private access = new Map<string, Issued>();
	private refresh = new Map<string, Grant>();
	private handedOut: string[] = [];
	readonly issued = { client_credentials: 0, password: 0, refresh_token: 0 };

	constructor(
		private readonly clock: () => number,
		public lifetimeS = FF_TOKEN_LIFETIME_S,
	) {}

	issue(grant: Grant, via: keyof TokenAuthority['issued']): TokenPair {
		this.issued[via]++;
		const accessToken = randomBytes(20).toString('hex');
		const refreshToken = randomBytes(20).toString('hex');
		this.access.set(accessToken, { ...grant, expiresAt: this.clock() + this.lifetimeS * 1000 });
		this.refresh.set(refreshToken, grant);
		this.handedOut.push(accessToken, refreshToken);
		return { access_token: accessToken, expires_in: this.lifetimeS, token_type: 'Bearer', scope: grant.scope, refresh_token: refreshToken };
	}

	/** Trades a refresh token (once) for a new pair; undefined when it is unknown, used or revoked. */
	useRefreshToken(token: string, clientId: string): TokenPair | undefined {
		const grant = this.refresh.get(token);
		if (!grant || grant.clientId !== clientId) return undefined;
		this.refresh.delete(token);
		return this.issue(grant, 'refresh_token');
	}

	/** The grant behind a live access token. */
	holder(accessToken: string): Grant | undefined {
		const issued = this.access.get(accessToken);
		return issued && this.clock() < issued.expiresAt ? issued : undefined;
	}

	/** Every access and refresh token handed out since the last reset, for tests that check none of them leaked. */
	issuedTokens(): string[] {
		return [...this.handedOut];
	}

	expireAccessTokens(): void {
		for (const issued of this.access.values()) issued.expiresAt = 0;
	}

	revokeRefreshTokens(): void {
		this.refresh.clear();
	}

	reset(): void {
		this.access.clear();
		this.refresh.clear();
		this.handedOut = [];
		Object.assign(this.issued, { client_credentials: 0, password: 0, refresh_token: 0 });
	}
}
