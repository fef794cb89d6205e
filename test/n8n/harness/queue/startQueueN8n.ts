import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { N8nClient } from '../client';
import { installPack } from '../installPack';
import { n8nVersion, resolveN8nDir } from '../n8nInstall';
import { setupOwnerAndLogin } from '../owner';
import { freePort } from '../ports';
import { killGroupsOnExit, stopProcessGroup } from '../processGroup';
import { rawRequest } from '../rest';
import { startN8n, type N8nCommand } from '../startN8n';
import { startPostgres, type RunningPostgres } from './postgres';
import { mainEnv, queueModeEnv, workerEnv, type QueueModeSettings } from './queueModeEnv';
import { startRedis, type RedisOptions, type RunningRedis } from './redis';
import { retryOnTakenPorts } from './serviceOnFreePort';
import { makeTempFolder, removeTempFolder } from './tempFolders';
import { whoseLogSays } from './whoseLogSays';

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

export interface QueueProcess {
	/** "main", "worker-1", "worker-2", …, "webhook". */
	name: string;
	command: N8nCommand;
	pid: number;
	/** n8n's JSON log lines (stdout and stderr). */
	logPath: string;
	userFolder: string;
	/** main and webhook: their base URL; a worker: its health server. */
	url: string;
	/** Every port this process was given (n8n, task runner broker, worker health server). */
	ports: number[];
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
			startProcess({ name, command, n8nDir, tempDir, settings, extraEnv: options.env, port }).then((started) => {
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

/**
 * Like Promise.all, but waits for every start to end before throwing: a server still starting when stop() runs
 * would be left running.
 */
async function allSettledOrThrow<T extends readonly unknown[]>(starts: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
	const outcomes = await Promise.allSettled(starts);
	const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
	if (failed) throw failed.reason;
	return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

interface ProcessSpec {
	name: string;
	command: N8nCommand;
	n8nDir: string;
	tempDir: string;
	settings: QueueModeSettings;
	extraEnv?: NodeJS.ProcessEnv;
	/** N8N_PORT chosen beforehand (the webhook process's); else a free one. */
	port?: number;
}

/** One n8n process in its own user folder, with the pack copied from main's (installed there the way n8n does). */
async function startProcess(spec: ProcessSpec): Promise<QueueProcess> {
	const userFolder = folderFor(spec.tempDir, spec.name);
	if (spec.name !== 'main') copyPack(folderFor(spec.tempDir, 'main'), userFolder);
	const logPath = join(spec.tempDir, `${spec.name}.log`);
	const isWorker = spec.command === 'worker';
	// N8N_PORT and the task runner's broker; a worker serves nothing on N8N_PORT but has a health server.
	const start = async (ports: number[]): Promise<QueueProcess> => {
		const [port, brokerPort, healthPort] = spec.port === undefined ? ports : [spec.port, ...ports];
		const url = `http://127.0.0.1:${isWorker ? healthPort : port}`;
		const running = await startN8n({
			n8nDir: spec.n8nDir,
			userFolder,
			logPath,
			port,
			brokerPort,
			command: spec.command,
			extraEnv: {
				...queueModeEnv(spec.settings),
				...(spec.command === 'start' ? mainEnv(spec.settings.webhookBaseUrl !== undefined) : {}),
				...(isWorker ? workerEnv(healthPort) : {}),
				...spec.extraEnv,
			},
			// main: /rest/settings answers JSON (the default); worker and webhook: their readiness route says 200.
			isReady: spec.command === 'start' ? undefined : () => answers200(`${url}/healthz/readiness`),
			readyTimeoutMs: 120_000,
		});
		const used = [port, brokerPort, ...(isWorker ? [healthPort] : [])];
		return { name: spec.name, command: spec.command, pid: running.child.pid!, logPath, userFolder, url, ports: used };
	};
	const needed = (isWorker ? 3 : 2) - (spec.port === undefined ? 0 : 1);
	return retryOnTakenPorts(needed, start);
}

function folderFor(tempDir: string, name: string): string {
	const folder = join(tempDir, name);
	mkdirSync(folder, { recursive: true });
	return folder;
}

/** Every process needs the pack in its own nodes folder, as on separate machines; the copy is what main has. */
function copyPack(mainFolder: string, userFolder: string): void {
	const nodes = (folder: string) => join(folder, '.n8n', 'nodes');
	cpSync(nodes(mainFolder), nodes(userFolder), { recursive: true });
}

async function answers200(url: string): Promise<boolean> {
	const response = await rawRequest(url, { method: 'GET', timeoutMs: 5_000 });
	return response.status === 200;
}
