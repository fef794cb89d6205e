import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { n8nBin } from './n8nInstall';
import { offlineDisabledModules } from './n8nModules';
import { parseJson, rawRequest } from './rest';
import { waitFor } from './wait';

export interface StartOptions {
	n8nDir: string;
	userFolder: string;
	logPath: string;
	port: number;
	brokerPort: number;
	readyTimeoutMs?: number;
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

/** Starts `n8n start` as its own process group with stdout and stderr in logPath, and waits until REST answers. */
export async function startN8n(options: StartOptions): Promise<RunningN8n> {
	const logFd = openSync(options.logPath, 'a');
	const child = spawn(n8nBin(options.n8nDir), ['start'], {
		cwd: options.userFolder,
		env: n8nEnv(options),
		detached: true,
		stdio: ['ignore', logFd, logFd],
	});
	closeSync(logFd);
	let exit: string | undefined;
	child.on('exit', (code, signal) => (exit = `exited with ${code ?? signal}`));
	child.on('error', (error) => (exit = `could not start: ${error.message}`));

	const baseUrl = `http://127.0.0.1:${options.port}`;
	try {
		await waitFor(
			'n8n to answer on /rest/settings',
			async () => {
				if (exit) throw new EarlyExit(`n8n ${exit}`);
				// While migrations run, n8n answers 200 with the text "n8n is starting up"; the JSON settings mean ready.
				const response = await rawRequest(`${baseUrl}/rest/settings`, { method: 'GET', timeoutMs: 5_000 });
				const body = parseJson(response.text) as { data?: unknown } | undefined;
				return response.status === 200 && body?.data ? true : undefined;
			},
			{ timeoutMs: options.readyTimeoutMs ?? 90_000, intervalMs: 250, stopOn: EarlyExit },
		);
	} catch (error) {
		throw new Error(`${(error as Error).message}\n--- last lines of ${options.logPath} ---\n${logTail(options.logPath)}`);
	}
	return { child, baseUrl };
}

export class EarlyExit extends Error {}

export function logTail(logPath: string, lines = 30): string {
	try {
		return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '(no log)';
	}
}

export function logPathIn(dir: string): string {
	return join(dir, 'n8n.log');
}
