import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { spawnDetached, waitUntilReady } from './detachedProcess';
import { n8nBin } from './n8nInstall';
import { offlineDisabledModules } from './n8nModules';
import { signalGroup } from './processGroup';
import { parseJson, rawRequest } from './rest';

export { EarlyExit, logTail } from './detachedProcess';

/** `start` is the main process; queue mode adds `worker` and `webhook` processes. */
export type N8nCommand = 'start' | 'worker' | 'webhook';

export interface StartOptions {
	n8nDir: string;
	userFolder: string;
	logPath: string;
	port: number;
	brokerPort: number;
	readyTimeoutMs?: number;
	/** Default `start`. */
	command?: N8nCommand;
	/** Set on top of the harness's environment, e.g. queue mode's database and Redis settings. */
	extraEnv?: NodeJS.ProcessEnv;
	/** Default: /rest/settings answers JSON, which only a main process serves. */
	isReady?: (baseUrl: string) => Promise<boolean>;
}

export interface RunningN8n {
	child: ChildProcess;
	baseUrl: string;
}

/** Environment for an offline, quiet, isolated n8n; inherited N8N_*, DB_* and similar settings are dropped. */
export function n8nEnv(options: StartOptions): NodeJS.ProcessEnv {
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(N8N_|DB_|EXECUTIONS_|QUEUE_|WEBHOOK_URL$|GENERIC_TIMEZONE$)/.test(key)),
	);
	const disabledModules = offlineDisabledModules(options.n8nDir);
	return {
		...inherited,
		// Jest sets NODE_ENV=test, which makes n8n refuse to load nodes ("Not available in tests").
		NODE_ENV: 'production',
		N8N_USER_FOLDER: options.userFolder,
		N8N_PORT: String(options.port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_RUNNERS_BROKER_PORT: String(options.brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LOG_FORMAT: 'json',
		N8N_LOG_OUTPUT: 'console',
		// debug shows the package loader's messages and gives the secret-leak scan the most text to read.
		N8N_LOG_LEVEL: process.env.N8N_HARNESS_LOG_LEVEL ?? 'debug',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		GENERIC_TIMEZONE: 'UTC',
		...(disabledModules ? { N8N_DISABLED_MODULES: disabledModules } : {}),
	};
}

/** Starts n8n (`n8n start` unless told otherwise) as its own process group with stdout and stderr in logPath, and waits until it is ready. */
export async function startN8n(options: StartOptions): Promise<RunningN8n> {
	const command = options.command ?? 'start';
	const n8n = spawnDetached(n8nBin(options.n8nDir), [command], {
		cwd: options.userFolder,
		env: { ...n8nEnv(options), ...options.extraEnv },
		logPath: options.logPath,
	});
	const baseUrl = `http://127.0.0.1:${options.port}`;
	const what = command === 'start' ? 'n8n to answer on /rest/settings' : `n8n ${command} to be ready`;
	try {
		await waitUntilReady(what, n8n, () => (options.isReady ?? settingsAnswered)(baseUrl), options.readyTimeoutMs ?? 90_000);
	} catch (error) {
		// The caller gets no pid to stop, so an n8n that is still starting must not outlive this call.
		signalGroup(n8n.pid, 'SIGKILL');
		throw error;
	}
	return { child: n8n.child, baseUrl };
}

/** While migrations run, n8n answers 200 with the text "n8n is starting up"; the JSON settings mean ready. */
async function settingsAnswered(baseUrl: string): Promise<boolean> {
	const response = await rawRequest(`${baseUrl}/rest/settings`, { method: 'GET', timeoutMs: 5_000 });
	const body = parseJson(response.text) as { data?: unknown } | undefined;
	return response.status === 200 && Boolean(body?.data);
}

export function logPathIn(dir: string): string {
	return join(dir, 'n8n.log');
}
