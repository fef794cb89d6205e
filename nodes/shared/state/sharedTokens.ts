import type { StoredToken } from '../auth/types';

/**
 * Tokens kept for every process of one n8n instance (queue mode), behind each process's own in-memory copy.
 * `secret` is derived from the credential's own secrets: tokens are encrypted with it at rest, so only a process
 * that holds the credential can read them.
 */
export interface SharedTokens {
	/** The token some process saved for `key`, if it is still there and decrypts with `secret`. */
	read(key: string, secret: string): Promise<StoredToken | undefined>;
	/**
	 * Runs `obtain` while holding the instance-wide lock of `key`, so one grant or refresh runs at a time across all
	 * processes, and saves what it returns. A caller that finds the lock held waits for the holder's token instead
	 * (`read` returning one that is fresh at `now()`), and takes the lock itself only if the holder gave up.
	 */
	obtainOnce(key: string, secret: string, now: () => number, obtain: (previous: StoredToken | undefined) => Promise<StoredToken>): Promise<StoredToken>;
	/** Drops the saved token, but only if it is still `refused` (another process may have replaced it). */
	forget(key: string, refused: string): Promise<void>;
}
