import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installPack, type InstalledPack } from '../../test/n8n/harness/installPack';
import { resolveN8nDir } from '../../test/n8n/harness/n8nInstall';
import { freePort } from '../../test/n8n/harness/ports';
import { startN8n, type RunningN8n } from '../../test/n8n/harness/startN8n';
import { DEFAULT_N8N_PORT } from './config';

/** The n8n the installer keeps for N8N_VERSION (installed on first use). */
export function locateN8n(): string {
	return resolveN8nDir();
}

/**
 * Installs the freshly packed pack into the sandbox's user folder. The harness's installPack untars over what is
 * there, so the old copy goes first: a file removed from the pack must not linger in the sandbox.
 */
export function reinstallPack(userFolder: string, packageName: string): InstalledPack {
	rmSync(join(userFolder, '.n8n', 'nodes', 'node_modules', packageName), { recursive: true, force: true });
	const workDir = mkdtempSync(join(tmpdir(), 'n8n-sandbox-pack-'));
	try {
		return installPack(userFolder, workDir);
	} finally {
		rmSync(workDir, { recursive: true, force: true });
	}
}

export interface SandboxN8nOptions {
	n8nDir: string;
	userFolder: string;
	/** A port the user asked for (0: any free one); otherwise 5678, or any free port when 5678 is taken. */
	port?: number;
	logLevel: string;
	say(line: string): void;
}

export interface SandboxN8n extends RunningN8n {
	logPath: string;
	port: number;
}

/** `n8n start` on 127.0.0.1 through the harness (offline, quiet, own process group), logging to <userFolder>/n8n.log. */
export async function startSandboxN8n(options: SandboxN8nOptions): Promise<SandboxN8n> {
	mkdirSync(options.userFolder, { recursive: true });
	const logPath = join(options.userFolder, 'n8n.log');
	// One log per start, and the previous one kept: the harness appends, which would mix runs.
	if (existsSync(logPath)) renameSync(logPath, join(options.userFolder, 'n8n.previous.log'));
	if (options.port && !(await isFree(options.port))) {
		throw new Error(`port ${options.port} (SANDBOX_N8N_PORT / N8N_PORT) is taken; choose another or unset it`);
	}
	const port = options.port === 0 ? await freePort() : (options.port ?? (await choosePort(options.say)));
	// The harness reads its log level from this variable (default debug, which is too chatty for everyday use).
	process.env.N8N_HARNESS_LOG_LEVEL = options.logLevel;
	// The task runner's broker is internal: any free port will do.
	const brokerPort = await freePort();
	const running = await startN8n({ n8nDir: options.n8nDir, userFolder: options.userFolder, logPath, port, brokerPort, readyTimeoutMs: 180_000 });
	return { ...running, logPath, port };
}

async function choosePort(say: (line: string) => void): Promise<number> {
	if (await isFree(DEFAULT_N8N_PORT)) return DEFAULT_N8N_PORT;
	const port = await freePort();
	say(`port ${DEFAULT_N8N_PORT} is taken, so n8n uses ${port} (set SANDBOX_N8N_PORT to choose one)`);
	return port;
}

function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}
