import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningPostgres } from './postgres';
import type { RunningRedis } from './redis';

export interface QueueModeSettings {
	n8nDir: string;
	postgres: RunningPostgres;
	redis: RunningRedis;
	/** Every process must share it: credentials are encrypted by one and decrypted by another. */
	encryptionKey: string;
	/** Base URL of the webhook process, when there is one: the URL n8n gives out for production webhooks. */
	webhookBaseUrl?: string;
}

/** What every process of one queue-mode n8n shares: mode, database, Redis, key, public webhook URL. */
export function queueModeEnv(settings: QueueModeSettings): NodeJS.ProcessEnv {
	const { postgres, redis } = settings;
	return {
		EXECUTIONS_MODE: 'queue',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: postgres.password,
		DB_POSTGRESDB_DATABASE: postgres.database,
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		N8N_ENCRYPTION_KEY: settings.encryptionKey,
		// Runs started from the editor (manual mode) go to the workers too, as n8n 3 will do by default.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		...(settings.webhookBaseUrl ? { [webhookUrlVariable(settings.n8nDir)]: settings.webhookBaseUrl } : {}),
	};
}

/** Main only: production webhooks are left to the webhook process, as n8n's docs advise once there is one. */
export function mainEnv(hasWebhookProcess: boolean): NodeJS.ProcessEnv {
	return hasWebhookProcess ? { N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' } : {};
}

/** Worker only: its health server answers /healthz/readiness once its database and Redis are connected. */
export function workerEnv(healthPort: number): NodeJS.ProcessEnv {
	return { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' };
}

/**
 * 2.41 reads N8N_WEBHOOK_URL and calls WEBHOOK_URL deprecated; 2.8.4 knows only WEBHOOK_URL. Whichever this n8n's
 * configuration declares is used, so neither line logs a deprecation.
 */
export function webhookUrlVariable(n8nDir: string): 'N8N_WEBHOOK_URL' | 'WEBHOOK_URL' {
	const config = join(n8nDir, 'node_modules', '@n8n', 'config', 'dist', 'index.js');
	return existsSync(config) && readFileSync(config, 'utf8').includes("'N8N_WEBHOOK_URL'") ? 'N8N_WEBHOOK_URL' : 'WEBHOOK_URL';
}
