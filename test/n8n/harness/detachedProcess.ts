import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { waitFor } from './wait';

export interface DetachedProcess {
	child: ChildProcess;
	pid: number;
	logPath: string;
	/** Why it stopped ("exited with 1", "could not start: …"), or undefined while it runs. */
	exitReason(): string | undefined;
}

export interface SpawnDetachedOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** stdout and stderr are appended here. */
	logPath: string;
	/** Run as this user (needs root): Postgres refuses to run as root. */
	user?: { uid: number; gid: number };
}

/** Starts a process as the leader of its own process group, so one signal reaches it and everything it starts. */
export function spawnDetached(command: string, args: string[], options: SpawnDetachedOptions): DetachedProcess {
	const logFd = openSync(options.logPath, 'a');
	let child: ChildProcess;
	try {
		child = spawn(command, args, {
			cwd: options.cwd,
			env: options.env,
			detached: true,
			stdio: ['ignore', logFd, logFd],
			uid: options.user?.uid,
			gid: options.user?.gid,
		});
	} finally {
		closeSync(logFd);
	}
	let exit: string | undefined;
	child.on('exit', (code, signal) => (exit = `exited with ${code ?? signal}`));
	child.on('error', (error) => (exit = `could not start: ${error.message}`));
	if (child.pid === undefined) {
		// spawn reports a missing binary asynchronously; without a pid there is no group to wait for or stop.
		throw new Error(`${command} could not start (no such file, or not executable?)`);
	}
	return { child, pid: child.pid, logPath: options.logPath, exitReason: () => exit };
}

export class EarlyExit extends Error {}

/**
 * Polls `isReady` until it returns true; stops at once when the process exits. The error quotes the log's tail,
 * which says why a server did not come up.
 */
export async function waitUntilReady(what: string, target: DetachedProcess, isReady: () => Promise<boolean>, timeoutMs: number): Promise<void> {
	try {
		await waitFor(
			what,
			async () => {
				const exit = target.exitReason();
				if (exit) throw new EarlyExit(`${what}: the process ${exit}`);
				return (await isReady()) ? true : undefined;
			},
			{ timeoutMs, intervalMs: 250, stopOn: EarlyExit },
		);
	} catch (error) {
		throw new Error(`${(error as Error).message}\n--- last lines of ${target.logPath} ---\n${logTail(target.logPath)}`);
	}
}

export function logTail(logPath: string, lines = 30): string {
	try {
		return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '(no log)';
	}
}
