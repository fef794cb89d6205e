/**
 * Where n8n's own Redis is, read from n8n itself. Part of the queue-mode folder: it reads n8n's internals and the
 * environment, which n8n's community rules forbid elsewhere (see README.md in this folder).
 */
export interface QueueRedisSettings {
	host: string;
	port: number;
	db: number;
	username?: string;
	password?: string;
	tls: boolean;
	/** n8n's Bull prefix: two n8n instances on one Redis keep apart by it, and so do we. */
	prefix: string;
}

interface N8nRedisConfig {
	host?: string;
	port?: number;
	db?: number;
	username?: string;
	password?: string;
	tls?: boolean;
	clusterNodes?: string;
}

interface N8nGlobalConfig {
	executions?: { mode?: string };
	queue?: { bull?: { prefix?: string; redis?: N8nRedisConfig } };
}

/**
 * n8n's resolved settings (defaults, environment, `_FILE` variants, config files), as n8n itself uses them. The
 * module names resolve to n8n's own copies because n8n puts its node_modules on NODE_PATH before it loads nodes.
 */
function n8nGlobalConfig(): N8nGlobalConfig | undefined {
	try {
		const { Container } = require('@n8n/di') as { Container: { get(type: unknown): unknown } };
		const { GlobalConfig } = require('@n8n/config') as { GlobalConfig: unknown };
		return Container.get(GlobalConfig) as N8nGlobalConfig;
	} catch {
		return undefined;
	}
}

/** Only what was set as environment variables: the fallback when n8n's modules cannot be reached. */
function environmentConfig(): N8nGlobalConfig {
	const env = process.env;
	const port = Number(env.QUEUE_BULL_REDIS_PORT);
	const db = Number(env.QUEUE_BULL_REDIS_DB);
	return {
		executions: { mode: env.EXECUTIONS_MODE },
		queue: {
			bull: {
				prefix: env.QUEUE_BULL_PREFIX,
				redis: {
					host: env.QUEUE_BULL_REDIS_HOST,
					port: Number.isInteger(port) && port > 0 ? port : undefined,
					db: Number.isInteger(db) && db >= 0 ? db : undefined,
					username: env.QUEUE_BULL_REDIS_USERNAME,
					password: env.QUEUE_BULL_REDIS_PASSWORD,
					tls: env.QUEUE_BULL_REDIS_TLS === 'true',
					clusterNodes: env.QUEUE_BULL_REDIS_CLUSTER_NODES,
				},
			},
		},
	};
}

/** n8n's Redis when this n8n runs in queue mode; undefined otherwise (and for a Redis Cluster, not supported yet). */
export function n8nQueueRedis(config: N8nGlobalConfig | undefined = n8nGlobalConfig() ?? environmentConfig()): QueueRedisSettings | undefined {
	if (config.executions?.mode !== 'queue') return undefined;
	const redis = config.queue?.bull?.redis ?? {};
	if (redis.clusterNodes) return undefined;
	return {
		host: redis.host || 'localhost',
		port: redis.port ?? 6379,
		db: redis.db ?? 0,
		username: redis.username || undefined,
		password: redis.password || undefined,
		tls: redis.tls === true,
		prefix: config.queue?.bull?.prefix || 'bull',
	};
}

/** Settings from a `redis://` or `rediss://` URL (the credential's explicit override, checked by redisUrlProblem). */
export function redisFromUrl(url: string, prefix = 'bull'): QueueRedisSettings {
	const parsed = new URL(url);
	const db = Number(parsed.pathname.replace(/^\//, '') || 0);
	return {
		host: parsed.hostname,
		port: Number(parsed.port || 6379),
		db: Number.isInteger(db) ? db : 0,
		username: decodeURIComponent(parsed.username) || undefined,
		password: decodeURIComponent(parsed.password) || undefined,
		tls: parsed.protocol === 'rediss:',
		prefix,
	};
}
