import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp } from '../test/n8n/harness/cleanUp';
import { N8nClient } from '../test/n8n/harness/client';
import { installPack } from '../test/n8n/harness/installPack';
import { n8nVersion, resolveN8nDir } from '../test/n8n/harness/n8nInstall';
import { setupOwnerAndLogin } from '../test/n8n/harness/owner';
import { freePorts } from '../test/n8n/harness/ports';
import { signalGroup, stopProcessGroup } from '../test/n8n/harness/processGroup';
import { parseJson, rawRequest } from '../test/n8n/harness/rest';
import { logPathIn, startN8n } from '../test/n8n/harness/startN8n';
import { cpuMs } from './processStats';

export interface BenchN8nOptions {
	/** Install the packed pack the way n8n installs community packages (default true). */
	withPack?: boolean;
	/** Extra environment for the n8n process only (e.g. NODE_OPTIONS for the clock preload). */
	env?: Record<string, string>;
	/** The n8n release or line to run (e.g. "2.41"); default N8N_VERSION, else the installer's default. */
	n8nLine?: string;
}

export interface BenchN8n {
	client: N8nClient;
	/** The n8n main process (its own process group). */
	pid: number;
	/** Spawn until /rest/settings first answered JSON, polled every 20 ms. */
	startMs: number;
	/** CPU time n8n had used by then: steadier than the wall time on a busy machine. */
	startCpuMs: number;
	stop(): Promise<void>;
}

const running = new Map<number, string>();
/** Installed n8n folders by requested line ('' = the default one), resolved once per bench run. */
const n8nDirs = new Map<string, string>();

function n8nDirFor(line = ''): string {
	let dir = n8nDirs.get(line);
	if (!dir) {
		dir = resolveN8nDir(line || undefined);
		n8nDirs.set(line, dir);
	}
	return dir;
}
let exitHookInstalled = false;

/** n8n runs detached; if the bench is interrupted, its n8n processes and temp folders must go too. */
function installExitHook(): void {
	if (exitHookInstalled) return;
	exitHookInstalled = true;
	const killAll = () => {
		for (const [pid, tempDir] of running) {
			signalGroup(pid, 'SIGKILL');
			rmSync(tempDir, { recursive: true, force: true });
		}
	};
	process.on('exit', killAll);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			killAll();
			process.kill(process.pid, signal);
		});
	}
}

/** The release that runs for a line, e.g. "2.41" → "2.41.1" (installing it on first use). */
export function installedN8nVersion(line?: string): string {
	return n8nVersion(n8nDirFor(line));
}

/**
 * The harness's own readiness poll runs every 250 ms, too coarse for a start-time figure; a second poll at 20 ms
 * notes when n8n first answered.
 */
async function firstAnswer(baseUrl: string, done: () => boolean): Promise<number | undefined> {
	while (!done()) {
		const answered = await rawRequest(`${baseUrl}/rest/settings`, { method: 'GET', timeoutMs: 2_000 }).then(
			(response) => response.status === 200 && (parseJson(response.text) as { data?: unknown } | undefined)?.data !== undefined,
			() => false,
		);
		if (answered) return Date.now();
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	return undefined;
}

/** Environment variables set only while n8n is spawned: the harness passes the bench's environment on to n8n. */
function withEnv<T>(env: Record<string, string>, spawn: () => Promise<T>): Promise<T> {
	const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
	Object.assign(process.env, env);
	const restore = () => {
		for (const [key, value] of Object.entries(saved)) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	};
	// startN8n reads the environment synchronously when it spawns, so it can be restored right after the call.
	const started = spawn();
	restore();
	return started;
}

interface Folder {
	tempDir: string;
	userFolder: string;
	logPath: string;
	packageName: string;
}

/** A temp folder for one n8n, with the packed pack installed the way n8n installs community packages, or without it. */
function newFolder(withPack: boolean): Folder {
	const tempDir = mkdtempSync(join(tmpdir(), 'n8n-bench-'));
	const userFolder = join(tempDir, 'user');
	mkdirSync(userFolder);
	try {
		return { tempDir, userFolder, logPath: logPathIn(tempDir), packageName: withPack ? installPack(userFolder, tempDir).name : 'none' };
	} catch (error) {
		rmSync(tempDir, { recursive: true, force: true });
		throw error;
	}
}

interface Spawned {
	pid: number;
	baseUrl: string;
	startMs: number;
	startCpuMs: number;
}

/** Starts n8n in `folder` and times it until its REST API first answers. */
async function spawnTimed(folder: Folder, extraEnv: Record<string, string> | undefined, line?: string): Promise<Spawned> {
	const n8nDir = n8nDirFor(line);
	const [port, brokerPort] = await freePorts(2);
	const baseUrl = `http://127.0.0.1:${port}`;
	// Debug logging costs n8n time on every request; the bench keeps n8n's log to warnings.
	const env = { N8N_HARNESS_LOG_LEVEL: 'warn', ...extraEnv };
	const spawnedAt = Date.now();
	let ready = false;
	const answered = firstAnswer(baseUrl, () => ready);
	const started = await withEnv(env, () => startN8n({ n8nDir, userFolder: folder.userFolder, logPath: folder.logPath, port, brokerPort })).finally(
		() => (ready = true),
	);
	const pid = started.child.pid!;
	running.set(pid, folder.tempDir);
	const startMs = ((await answered) ?? Date.now()) - spawnedAt;
	return { pid, baseUrl, startMs, startCpuMs: cpuMs(pid) };
}

/** A fresh n8n (own temp folder, SQLite, ports), with or without the pack, logged in as its owner. */
export async function startBenchN8n(options: BenchN8nOptions = {}): Promise<BenchN8n> {
	installExitHook();
	const n8nDir = n8nDirFor(options.n8nLine);
	const folder = newFolder(options.withPack !== false);
	const { tempDir, userFolder, logPath, packageName } = folder;
	try {
		const { pid, baseUrl, startMs, startCpuMs } = await spawnTimed(folder, options.env, options.n8nLine);
		const { owner, cookie } = await setupOwnerAndLogin(baseUrl);
		const client = new N8nClient({ baseUrl, cookie, owner, logPath, tempDir, userFolder, n8nDir, pid, packageName, timings: { startMs } });
		return {
			client,
			pid,
			startMs,
			startCpuMs,
			stop: async () => {
				running.delete(pid);
				await cleanUp({ pid, tempDir, logPath });
			},
		};
	} catch (error) {
		rmSync(tempDir, { recursive: true, force: true });
		throw error;
	}
}

export interface StartTime {
	ms: number;
	cpuMs: number;
}

/**
 * One n8n folder, with or without the pack, for timing starts: the first start (database created, migrations run)
 * is done at once and not timed; `start` then times a restart, which loads the same nodes without that one-off work.
 */
export async function warmStarts(withPack: boolean): Promise<{ start(): Promise<StartTime>; remove(): void }> {
	installExitHook();
	const folder = newFolder(withPack);
	const once = async (): Promise<StartTime> => {
		const spawned = await spawnTimed(folder, undefined);
		running.delete(spawned.pid);
		await stopProcessGroup(spawned.pid);
		return { ms: spawned.startMs, cpuMs: spawned.startCpuMs };
	};
	try {
		await once();
	} catch (error) {
		rmSync(folder.tempDir, { recursive: true, force: true });
		throw error;
	}
	return { start: once, remove: () => rmSync(folder.tempDir, { recursive: true, force: true }) };
}

/** NODE_OPTIONS that loads one of the bench's preload files (in bench/) into n8n, after any the user has set. */
export function preload(file: string): string {
	return [process.env.NODE_OPTIONS, `--require ${JSON.stringify(join(__dirname, file))}`].filter(Boolean).join(' ');
}

/** Runs `work` with a fresh n8n and stops it afterwards, whatever happens. */
export async function withBenchN8n<T>(options: BenchN8nOptions, work: (n8n: BenchN8n) => Promise<T>): Promise<T> {
	const n8n = await startBenchN8n(options);
	try {
		return await work(n8n);
	} finally {
		await n8n.stop();
	}
}
