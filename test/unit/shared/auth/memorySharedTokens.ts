import type { StoredToken } from '../../../../nodes/shared/auth/types';
import type { SharedTokens } from '../../../../nodes/shared/state/sharedTokens';

/** A round trip to the store: other callers run meanwhile, as they would while Redis answers. */
const roundTrip = async () => await new Promise((resolve) => setImmediate(resolve));

/**
 * SharedTokens as its interface describes it, in memory: what Redis is to the processes of one n8n. Tokens are kept
 * as text "sealed" with their secret (another secret reads nothing), one lock per key, and every call counted.
 */
export class MemorySharedTokens implements SharedTokens {
	readonly calls = { read: 0, obtainOnce: 0, forget: 0 };
	/** The `secret` of every call, to check what the flow passes as encryption key. */
	readonly secretsSeen = new Set<string>();
	private readonly saved = new Map<string, { secret: string; text: string }>();
	private readonly locks = new Map<string, Promise<StoredToken>>();

	async read(key: string, secret: string): Promise<StoredToken | undefined> {
		this.calls.read += 1;
		this.secretsSeen.add(secret);
		await roundTrip();
		const entry = this.saved.get(key);
		return entry && entry.secret === secret ? (JSON.parse(entry.text) as StoredToken) : undefined;
	}

	async obtainOnce(key: string, secret: string, now: () => number, obtain: (previous: StoredToken | undefined) => Promise<StoredToken>): Promise<StoredToken> {
		this.calls.obtainOnce += 1;
		for (;;) {
			await roundTrip();
			const holder = this.locks.get(key);
			if (!holder) return await this.holdingLock(key, secret, now, obtain);
			await holder.catch(() => undefined);
			const theirs = await this.read(key, secret);
			if (theirs && now() < theirs.renewAt) return theirs;
			// The holder gave up (or saved a token this secret cannot read): take the lock in turn.
		}
	}

	async forget(key: string, refused: string): Promise<void> {
		this.calls.forget += 1;
		await roundTrip();
		const entry = this.saved.get(key);
		if (entry && (JSON.parse(entry.text) as StoredToken).accessToken === refused) this.saved.delete(key);
	}

	/** Whether the store holds a token for `key` (whatever its secret). */
	has(key: string): boolean {
		return this.saved.has(key);
	}

	private async holdingLock(key: string, secret: string, now: () => number, obtain: (previous: StoredToken | undefined) => Promise<StoredToken>): Promise<StoredToken> {
		const run = (async () => {
			const theirs = await this.read(key, secret);
			if (theirs && now() < theirs.renewAt) return theirs;
			const token = await obtain(theirs);
			this.saved.set(key, { secret, text: JSON.stringify(token) });
			return token;
		})();
		this.locks.set(key, run);
		try {
			return await run;
		} finally {
			this.locks.delete(key);
		}
	}
}
