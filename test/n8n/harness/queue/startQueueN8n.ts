import { randomBytes } from 'node:crypto';
import { N8nClient } from '../client';
import { installPack } from '../installPack';
import { n8nVersion, resolveN8nDir } from '../n8nInstall';
import { setupOwnerAndLogin } from '../owner';
import { freePort } from '../ports';
import { killGroupsOnExit, stopProcessGroup } from '../processGroup';
import type { N8nCommand } from '../startN8n';
import { allSettledOrThrow } from './allSettledOrThrow';
import { startPostgres, type RunningPostgres } from './postgres';
import type { QueueModeSettings } from './queueModeEnv';
import { folderFor, startQueueProcess, type QueueProcess } from './queueProcess';
import { startRedis, type RedisOptions, type RunningRedis } from './redis';
import { makeTempFolder, removeTempFolder } from './tempFolders';
import { whoseLogSays } from './whoseLogSays';

export type { QueueProcess } from './queueProcess';

export interface QueueN8nOptions {
	/** `n8n worker` processes (default 2). */
	workers?: number;
	/** Adds one `n8n webhook` process, which then serves every production webhook (default false). */
	webhookProcess?: boolean;
	/** More environment for every n8n process, e.g. { QUEUE_BULL_REDIS_TIMEOUT_THRESHOLD: '60000' }. */
	env?: NodeJS.ProcessEnv;
	redis?: RedisOptions;
	/** Default: what scripts/install-n8n.sh gives for N8N_VERSION. */
	n8nDir?: string;
}

export interface QueueN8n {
	/** The usual harness client: REST calls go to main; production webhooks to the webhook process, if there is one. */
	client: N8nClient;
	main: QueueProcess;
	workers: QueueProcess[];
	webhook: QueueProcess | undefined;
	/** main, the workers, then the webhook process. */
	processes: QueueProcess[];
	postgres: RunningPostgres;
	redis: RunningRedis;
	n8nVersion: string;
	timings: Record<string, number>;
	/** The worker whose log says it finished the execution (waits up to timeoutMs, default 10 s); undefined if none did. */
	executedBy(executionId: string, timeoutMs?: number): Promise<string | undefined>;
	/** main or webhook: the process whose log says it put the execution on the queue; undefined if none did. */
	enqueuedBy(executionId: string, timeoutMs?: number): Promise<string | undefined>;
	/**
	 * Stops every n8n process (SIGTERM, SIGKILL after 15 s), then Redis and Postgres, and removes their folders
	 * (KEEP_N8N=1 keeps them). Answers how long each took, in ms.
	 */
	stop(): Promise<Record<string, number>>;
}

const LOG_WAIT_MS = 10_000;

/**
 * n8n in queue mode as a user runs it: Postgres and Redis of its own, one main (`n8n start`), N workers and
 * optionally one webhook process, each with its own user folder holding the packed pack, its own ports and log.
 */
export async function startQueueN8n(options: QueueN8nOptions = {}): Promise<QueueN8n> {
	const started = Date.now();
	const timings: Record<string, number> = {};
	const lap = async <T>(name: string, step: () => Promise<T> | T): Promise<T> => {
		const since = Date.now();
		const result = await step();
		timings[name] = Date.now() - since;
		return result;
	};
	const n8nDir = options.n8nDir ?? (await lap('resolveN8nMs', () => resolveN8nDir()));
	const tempDir = makeTempFolder('n8n-queue-');
	const processes: QueueProcess[] = [];
	let postgres: RunningPostgres | undefined;
	let redis: RunningRedis | undefined;
	const removeSafetyNet = killGroupsOnExit(
		() => [...processes.map((each) => each.pid), ...(postgres ? [postgres.pid] : []), ...(redis ? [redis.pid()] : [])],
		() => [tempDir, postgres?.dir, redis?.dir].forEach((dir) => dir && removeTempFolder(dir)),
	);
	const stop = async () => {
		const stopTimings: Record<string, number> = {};
		const timed = async (name: string, step: () => Promise<unknown>) => {
			const since = Date.now();
			await step();
			stopTimings[name] = Date.now() - since;
		};
		await Promise.all(processes.map((each) => timed(each.name, () => stopProcessGroup(each.pid))));
		await Promise.all([timed('redis', async () => redis?.close()), timed('postgres', async () => postgres?.stop())]);
		removeTempFolder(tempDir);
		removeSafetyNet();
		return stopTimings;
	};
	try {
		[postgres, redis] = await lap('postgresAndRedisMs', () => allSettledOrThrow([startPostgres(), startRedis(options.redis)]));
		const pack = await lap('packAndInstallMs', () => installPack(folderFor(tempDir, 'main'), tempDir));
		if (pack.missingFiles.length > 0) throw new Error(`the packed pack lacks files its package.json lists: ${pack.missingFiles.join(', ')}`);

		// Every process must know the webhook process's URL (n8n gives it out), so its port is chosen first.
		const webhookPort = options.webhookProcess ? await freePort() : undefined;
		const settings: QueueModeSettings = {
			n8nDir,
			postgres,
			redis,
			encryptionKey: randomBytes(24).toString('hex'),
			webhookBaseUrl: webhookPort ? `http://127.0.0.1:${webhookPort}` : undefined,
		};
		const launch = (name: string, command: N8nCommand, port?: number) =>
			startQueueProcess({ name, command, n8nDir, tempDir, settings, extraEnv: options.env, port }).then((started) => {
				processes.push(started);
				return started;
			});

		// Main first: it runs the database migrations that the other processes expect to find done.
		const main = await lap('mainStartMs', () => launch('main', 'start'));
		const { owner, cookie } = await lap('ownerSetupMs', () => setupOwnerAndLogin(main.url));
		const workerNames = Array.from({ length: options.workers ?? 2 }, (_, index) => `worker-${index + 1}`);
		const [webhook, workers] = await lap('workersAndWebhookStartMs', () =>
			allSettledOrThrow([
				webhookPort ? launch('webhook', 'webhook', webhookPort) : undefined,
				allSettledOrThrow(workerNames.map((name) => launch(name, 'worker'))),
			]),
		);
		timings.totalSetupMs = Date.now() - started;

		const client = new N8nClient(
			{
				baseUrl: main.url,
				cookie,
				owner,
				logPath: main.logPath,
				tempDir,
				userFolder: main.userFolder,
				n8nDir,
				pid: main.pid,
				packageName: pack.name,
				timings,
			},
			{ webhookBaseUrl: webhook?.url },
		);
		const running = [main, ...workers, ...(webhook ? [webhook] : [])];
		return {
			client,
			main,
			workers,
			webhook,
			processes: running,
			postgres,
			redis,
			n8nVersion: n8nVersion(n8nDir),
			timings,
			// The trailing space keeps execution 1 from matching execution 12.
			executedBy: (executionId, timeoutMs = LOG_WAIT_MS) => whoseLogSays(workers, `Worker finished execution ${executionId} `, timeoutMs),
			enqueuedBy: (executionId, timeoutMs = LOG_WAIT_MS) =>
				whoseLogSays([main, ...(webhook ? [webhook] : [])], `Enqueued execution ${executionId} `, timeoutMs),
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}
