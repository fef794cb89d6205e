import { sleep } from './wait';

/** n8n runs detached as the leader of its own process group, so one signal reaches it and its task runner. */
export function isGroupAlive(pgid: number): boolean {
	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

/** SIGTERM lets n8n shut down cleanly; SIGKILL follows if the group is still alive after graceMs. */
export async function stopProcessGroup(pgid: number, graceMs = 15_000): Promise<'terminated' | 'killed' | 'not running'> {
	if (!isGroupAlive(pgid)) return 'not running';
	signalGroup(pgid, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	while (Date.now() < deadline) {
		if (!isGroupAlive(pgid)) return 'terminated';
		await sleep(100);
	}
	signalGroup(pgid, 'SIGKILL');
	return 'killed';
}

export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pgid, signal);
	} catch {
		// Already gone.
	}
}
