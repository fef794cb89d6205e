import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { rawRequest } from '../rest';
import { startN8n, type N8nCommand } from '../startN8n';
import { mainEnv, queueModeEnv, workerEnv, type QueueModeSettings } from './queueModeEnv';
import { retryOnTakenPorts } from './serviceOnFreePort';

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

export interface ProcessSpec {
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
export async function startQueueProcess(spec: ProcessSpec): Promise<QueueProcess> {
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

export function folderFor(tempDir: string, name: string): string {
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
