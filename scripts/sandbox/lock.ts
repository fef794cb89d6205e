import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isGroupAlive } from '../../test/n8n/harness/processGroup';

interface LockData {
	pid: number;
	n8nPid?: number;
	/** Where the running sandbox's n8n answers, for helpers such as hive-webhook.ts. */
	baseUrl?: string;
}

/**
 * One sandbox per folder: two n8n on one SQLite file and one set of mock ports would trip over each other. The lock
 * also remembers n8n's process group, so a sandbox that was killed hard (its n8n left running) is reported.
 */
export class SandboxLock {
	private readonly path: string;

	constructor(sandboxDir: string) {
		this.path = join(sandboxDir, 'sandbox.lock');
	}

	acquire(): void {
		const previous = this.read();
		if (previous && previous.pid !== process.pid && isAlive(previous.pid)) {
			throw new Error(`a sandbox is already running on this folder (process ${previous.pid}); stop it first (Ctrl-C in its terminal)`);
		}
		if (previous?.n8nPid && isGroupAlive(previous.n8nPid)) {
			throw new Error(
				`the n8n of an earlier sandbox is still running (process group ${previous.n8nPid}): stop it with \`kill -- -${previous.n8nPid}\`, then start again`,
			);
		}
		this.write({ pid: process.pid });
	}

	recordN8n(n8nPid: number, baseUrl: string): void {
		this.write({ pid: process.pid, n8nPid, baseUrl });
	}

	/** The n8n URL of the sandbox running on this folder, if one is. */
	runningBaseUrl(): string | undefined {
		const data = this.read();
		return data?.baseUrl && isAlive(data.pid) ? data.baseUrl : undefined;
	}

	release(): void {
		if (this.read()?.pid === process.pid) rmSync(this.path, { force: true });
	}

	private read(): LockData | undefined {
		try {
			return JSON.parse(readFileSync(this.path, 'utf8')) as LockData;
		} catch {
			return undefined;
		}
	}

	private write(data: LockData): void {
		writeFileSync(this.path, JSON.stringify(data));
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
