import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DetachedProcess } from '../detachedProcess';
import { isGroupAlive, signalGroup, stopProcessGroup } from '../processGroup';
import { sleep } from '../wait';
import { onPath } from './onPath';
import { startServiceOnFreePort } from './serviceOnFreePort';
import { makeTempFolder, removeTempFolder } from './tempFolders';

const execFileAsync = promisify(execFile);

export interface RedisOptions {
	/**
	 * `aof` (default): every write reaches the append-only file before Redis answers, so a killed and restarted Redis
	 * comes back with n8n's queue and the pack's shared state as they were. `none`: a restart starts empty, as a
	 * Redis without persistence (or a new one) does.
	 */
	persistence?: 'aof' | 'none';
}

export interface RunningRedis {
	host: string;
	port: number;
	/** redis://127.0.0.1:<port> */
	url: string;
	logPath: string;
	/** Data (append-only file) and log; close() removes it unless KEEP_N8N=1. */
	dir: string;
	/** Leader of the current server's process group (a restart changes it). */
	pid(): number;
	isRunning(): boolean;
	/** SIGKILL, as a crash: clients see the connection drop with no goodbye. */
	kill(): Promise<void>;
	/** SIGTERM: Redis's own clean shutdown. */
	stop(): Promise<void>;
	/** Starts it again on the same port and folder (stops it first if it still runs). */
	restart(): Promise<void>;
	/** Stops it for good and removes its folder. */
	close(): Promise<void>;
}

/** A throwaway Redis on a free 127.0.0.1 port, in its own temp folder; `restart()` brings it back on that port. */
export async function startRedis(options: RedisOptions = {}): Promise<RunningRedis> {
	const serverBin = required('redis-server');
	const cliBin = required('redis-cli');
	const dir = makeTempFolder('n8n-queue-redis-');
	const logPath = join(dir, 'redis.log');
	const spawnAt = (port?: number) =>
		startServiceOnFreePort({
			what: 'Redis',
			command: serverBin,
			args: (port) => serverArgs(port, dir, options.persistence ?? 'aof'),
			spawn: { cwd: dir, env: process.env, logPath },
			isReady: (port) => answersPing(cliBin, port),
			readyTimeoutMs: 30_000,
			port,
		});
	let server: DetachedProcess;
	let port: number;
	try {
		({ port, process: server } = await spawnAt());
	} catch (error) {
		removeTempFolder(dir);
		throw error;
	}
	const stopWith = async (signal: NodeJS.Signals) => {
		if (signal === 'SIGKILL') signalGroup(server.pid, signal);
		else await stopProcessGroup(server.pid, 10_000, signal);
		while (isGroupAlive(server.pid)) await sleep(20);
	};
	return {
		host: '127.0.0.1',
		port,
		url: `redis://127.0.0.1:${port}`,
		logPath,
		dir,
		pid: () => server.pid,
		isRunning: () => isGroupAlive(server.pid),
		kill: () => stopWith('SIGKILL'),
		stop: () => stopWith('SIGTERM'),
		restart: async () => {
			await stopWith('SIGTERM');
			({ process: server } = await spawnAt(port));
		},
		close: async () => {
			await stopWith('SIGTERM');
			removeTempFolder(dir);
		},
	};
}

function serverArgs(port: number, dir: string, persistence: 'aof' | 'none'): string[] {
	const settings: Array<[string, string]> = [
		['port', String(port)],
		['bind', '127.0.0.1'],
		['dir', dir],
		// The log goes to stdout, which the harness writes to redis.log.
		['logfile', ''],
		['daemonize', 'no'],
		// No snapshots: either the append-only file keeps every write, or nothing is kept.
		['save', ''],
		['appendonly', persistence === 'aof' ? 'yes' : 'no'],
		['appendfsync', 'always'],
	];
	return settings.flatMap(([name, value]) => [`--${name}`, value]);
}

/** While it loads its append-only file Redis answers LOADING, not PONG. */
async function answersPing(cliBin: string, port: number): Promise<boolean> {
	const answer = await execFileAsync(cliBin, ['-h', '127.0.0.1', '-p', String(port), 'ping'], { timeout: 2_000 }).catch(() => undefined);
	return answer?.stdout.trim() === 'PONG';
}

function required(program: string): string {
	const found = onPath(program);
	if (!found) throw new Error(`${program} is not on PATH: apt-get install redis-server (it brings redis-cli too)`);
	return found;
}
