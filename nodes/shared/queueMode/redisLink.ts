import type { QueueRedisSettings } from './n8nSettings';

/** The part of ioredis's client the shared store uses. */
export interface RedisCommands {
	status: string;
	eval(script: string, keyCount: number, ...args: Array<string | number>): Promise<unknown>;
	get(key: string): Promise<string | null>;
	set(key: string, value: string, ...args: Array<string | number>): Promise<string | null>;
	quit(): Promise<unknown>;
	disconnect(): void;
	on(event: string, listener: (...args: unknown[]) => void): unknown;
}

type RedisConstructor = new (options: Record<string, unknown>) => RedisCommands;

/** A command waits this long at most: past it, the node goes on with its per-process share. */
const COMMAND_TIMEOUT_MS = 2_000;

/**
 * n8n's own ioredis: n8n puts its node_modules on NODE_PATH before it loads community nodes, so this resolves to the
 * copy n8n itself uses (5.3.2 on 2.8.4 and 2.41). The pack ships no Redis client of its own.
 */
function loadIoredis(): RedisConstructor {
	const loaded = require('ioredis') as RedisConstructor | { default: RedisConstructor };
	return 'default' in loaded ? loaded.default : loaded;
}

/**
 * One connection to n8n's Redis for the process. It fails fast instead of queueing commands while Redis is away
 * (the caller then uses its per-process share), reconnects by itself, and says once when it is lost and once when
 * it is back.
 */
export class RedisLink {
	readonly client: RedisCommands;
	private lost = false;
	/** Settles when the first connection attempt has either succeeded or failed. */
	private readonly firstAttempt: Promise<void>;

	constructor(
		readonly settings: QueueRedisSettings,
		private readonly say: (message: string) => void,
		Redis: RedisConstructor = loadIoredis(),
	) {
		this.client = new Redis({
			host: settings.host,
			port: settings.port,
			db: settings.db,
			username: settings.username,
			password: settings.password,
			tls: settings.tls ? {} : undefined,
			connectionName: 'n8n-nodes-service-pack',
			enableOfflineQueue: false,
			maxRetriesPerRequest: 0,
			commandTimeout: COMMAND_TIMEOUT_MS,
			connectTimeout: COMMAND_TIMEOUT_MS,
			retryStrategy: (times: number) => Math.min(times * 250, 2_000),
		});
		this.firstAttempt = new Promise<void>((settle) => {
			for (const event of ['ready', 'error', 'end']) this.client.on(event, () => settle());
		});
		this.client.on('ready', () => this.back());
		this.client.on('error', () => this.down());
		this.client.on('end', () => this.down());
	}

	get ready(): boolean {
		return this.client.status === 'ready';
	}

	/**
	 * Whether Redis can be used now. A new link waits for its first connection (the first request, grant or webhook
	 * call of a process would otherwise always go it alone); a link known to be down answers at once.
	 */
	async usable(): Promise<boolean> {
		if (!this.ready && !this.lost) await this.firstAttempt;
		return this.ready;
	}

	/** A command failed: note it (once) so the caller can fall back. */
	down(): void {
		if (this.lost) return;
		this.lost = true;
		this.say(`n8n's Redis at ${this.settings.host}:${this.settings.port} cannot be reached: each n8n process now keeps a conservative share of every rate limit on its own until it is back.`);
	}

	private back(): void {
		if (!this.lost) return;
		this.lost = false;
		this.say(`n8n's Redis at ${this.settings.host}:${this.settings.port} is back: rate limits, tokens and webhook replays are shared by every n8n process again.`);
	}

	async close(): Promise<void> {
		// QUIT would wait out its timeout on a connection that is down; disconnect also stops reconnecting.
		if (this.ready) await this.client.quit().catch(() => this.client.disconnect());
		else this.client.disconnect();
	}
}
