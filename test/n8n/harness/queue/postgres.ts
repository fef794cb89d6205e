import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stopProcessGroup } from '../processGroup';
import { postgresBinDir } from './postgresBinaries';
import { startServiceOnFreePort } from './serviceOnFreePort';
import { makeTempFolder, removeTempFolder } from './tempFolders';
import { postgresRunAs, type SystemUser } from './unprivilegedUser';

const execFileAsync = promisify(execFile);

export interface RunningPostgres {
	host: string;
	port: number;
	user: string;
	password: string;
	database: string;
	/** Leader of the server's process group. */
	pid: number;
	/** The server's own log (start, errors, shutdown). */
	logPath: string;
	/** Holds the data folder and the log; stop() removes it unless KEEP_N8N=1. */
	dir: string;
	stop(): Promise<void>;
}

const USER = 'n8n';
const DATABASE = 'postgres';

/** A throwaway Postgres cluster on a free 127.0.0.1 port (TCP only, password auth), in its own temp folder. */
export async function startPostgres(): Promise<RunningPostgres> {
	const bin = postgresBinDir();
	const runAs = postgresRunAs();
	const dir = makeTempFolder('n8n-queue-postgres-', runAs);
	try {
		const password = randomBytes(12).toString('hex');
		const dataDir = join(dir, 'data');
		initCluster(bin, dir, dataDir, password, runAs);
		const logPath = join(dir, 'postgres.log');
		const { port, process: server } = await startServiceOnFreePort({
			what: 'Postgres',
			command: join(bin, 'postgres'),
			args: (port) => serverArgs(dataDir, port),
			spawn: { cwd: dir, env: cLocale(), logPath, user: runAs },
			isReady: (port) => acceptsConnections(bin, port),
			readyTimeoutMs: 60_000,
		});
		return {
			host: '127.0.0.1',
			port,
			user: USER,
			password,
			database: DATABASE,
			pid: server.pid,
			logPath,
			dir,
			stop: async () => {
				// SIGTERM would wait for every client to disconnect; SIGINT is Postgres's fast shutdown.
				await stopProcessGroup(server.pid, 15_000, 'SIGINT');
				removeTempFolder(dir);
			},
		};
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
}

function initCluster(bin: string, dir: string, dataDir: string, password: string, runAs: SystemUser | undefined): void {
	const passwordFile = join(dir, 'password');
	writeFileSync(passwordFile, password, { mode: 0o600 });
	if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
	// --no-sync: a test cluster need not survive a power cut, and syncing costs seconds on a busy disk.
	const args = ['-D', dataDir, '-U', USER, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-locale', '--no-sync'];
	const result = spawnSync(join(bin, 'initdb'), args, { cwd: dir, env: cLocale(), encoding: 'utf8', timeout: 120_000, uid: runAs?.uid, gid: runAs?.gid });
	rmSync(passwordFile, { force: true });
	if (result.status !== 0) {
		const reason = result.error?.message ?? `exit ${result.status ?? result.signal}`;
		throw new Error(`initdb failed (${reason}): ${(result.stderr ?? '').trim().slice(-1000)}`);
	}
}

function serverArgs(dataDir: string, port: number): string[] {
	const settings = {
		listen_addresses: '127.0.0.1',
		// No Unix socket: Debian's default folder for it belongs to the system's cluster; n8n connects over TCP.
		unix_socket_directories: '',
		// Durability is not under test, and a flush on every commit slows n8n's migrations on a shared disk.
		fsync: 'off',
	};
	return ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
}

/** pg_isready exits 0 once the server accepts connections (it does not need the password). */
function acceptsConnections(bin: string, port: number): Promise<boolean> {
	return execFileAsync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-U', USER, '-t', '2']).then(
		() => true,
		() => false,
	);
}

/** English messages whatever the machine's locale, so logs and errors read the same everywhere. */
function cLocale(): NodeJS.ProcessEnv {
	return { ...process.env, LC_ALL: 'C', LANG: 'C' };
}
