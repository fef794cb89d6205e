import { createHash, randomUUID } from 'crypto';
import { sleep } from 'n8n-workflow';
import type { StoredToken } from '../auth/types';
import type { SharedTokens } from '../state/sharedTokens';
import type { RedisLink } from './redisLink';
import { openToken, sealToken } from './tokenCipher';

/** A token request runs within the node's retry budget (60 s by default); a holder that died frees the lock after this. */
const LOCK_MS = 90_000;
/** How often a process waiting for another's grant looks for the token. */
const LOOK_AGAIN_MS = 100;
/** Kept after the access token expires, for its refresh token. */
const KEEP_AFTER_EXPIRY_MS = 7 * 24 * 3_600_000;

/** Deletes the lock only if this caller still holds it. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Tokens in n8n's Redis, sealed with a key from the credential's secrets. While Redis cannot be reached every call
 * falls through to the caller's own grant, as in a single n8n: a token is never lost, at worst fetched twice.
 */
export class RedisTokens implements SharedTokens {
	constructor(private readonly link: RedisLink) {}

	private key(key: string, part: 'token' | 'lock'): string {
		return `${this.link.settings.prefix}:n8n-nodes-service-pack:{token:${key}}:${part}`;
	}

	async read(key: string, secret: string): Promise<StoredToken | undefined> {
		if (!(await this.link.usable())) return undefined;
		const sealed = await this.link.client.get(this.key(key, 'token')).catch(() => {
			this.link.down();
			return null;
		});
		const plain = sealed === null ? undefined : openToken(sealed.slice(sealed.indexOf('.') + 1), secret);
		return plain === undefined ? undefined : (JSON.parse(plain) as StoredToken);
	}

	async obtainOnce(key: string, secret: string, now: () => number, obtain: (previous: StoredToken | undefined) => Promise<StoredToken>): Promise<StoredToken> {
		const owner = randomUUID();
		for (;;) {
			if (!(await this.link.usable())) return await obtain(undefined);
			const locked = await this.link.client.set(this.key(key, 'lock'), owner, 'PX', LOCK_MS, 'NX').catch(() => undefined);
			if (locked === undefined) {
				this.link.down();
				continue;
			}
			if (locked === 'OK') return await this.obtainHolding(key, secret, owner, now, obtain);
			await sleep(LOOK_AGAIN_MS);
			const saved = await this.read(key, secret);
			if (saved && now() < saved.renewAt) return saved;
		}
	}

	private async obtainHolding(key: string, secret: string, owner: string, now: () => number, obtain: (previous: StoredToken | undefined) => Promise<StoredToken>): Promise<StoredToken> {
		try {
			const saved = await this.read(key, secret);
			if (saved && now() < saved.renewAt) return saved; // another process finished just before we locked
			const token = await obtain(saved);
			const keepMs = Math.max(1, token.expiresAt - now()) + KEEP_AFTER_EXPIRY_MS;
			const value = `${fingerprint(token.accessToken)}.${sealToken(JSON.stringify(token), secret)}`;
			await this.link.client.set(this.key(key, 'token'), value, 'PX', keepMs).catch(() => this.link.down());
			return token;
		} finally {
			await this.link.client.eval(RELEASE, 1, this.key(key, 'lock'), owner).catch(() => this.link.down());
		}
	}

	async forget(key: string, refused: string): Promise<void> {
		if (!(await this.link.usable())) return;
		await this.link.client.eval(FORGET_IF_REFUSED, 1, this.key(key, 'token'), `${fingerprint(refused)}.`).catch(() => this.link.down());
	}
}

/** A token's SHA-256, stored in front of the sealed value: enough to tell "still the refused one" without the key. */
function fingerprint(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Deletes the token only if it is still the refused one (its fingerprint, ARGV[1], starts the value). */
const FORGET_IF_REFUSED = `local value = redis.call('GET', KEYS[1])
if value and string.sub(value, 1, #ARGV[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
