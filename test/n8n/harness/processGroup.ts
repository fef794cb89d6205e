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

/**
 * SIGTERM lets n8n shut down cleanly; SIGKILL follows if the group is still alive after graceMs. Postgres takes
 * SIGTERM as "wait for every client to leave", so it is stopped with SIGINT (its fast shutdown).
 */
export async function stopProcessGroup(
	pgid: number,
	graceMs = 15_000,
	signal: NodeJS.Signals = 'SIGTERM',
): Promise<'terminated' | 'killed' | 'not running'> {
	if (!isGroupAlive(pgid)) return 'not running';
	signalGroup(pgid, signal);
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

/**
 * Detached groups outlive jest when it is interrupted (Ctrl-C, SIGTERM) or exits early: this kills the groups that
 * `pgids()` names at that moment and runs `cleanUp`. Returns the function that removes the hooks.
 */
export function killGroupsOnExit(pgids: () => number[], cleanUp: () => void = () => {}): () => void {
	const onExit = () => {
		for (const pgid of pgids()) signalGroup(pgid, 'SIGKILL');
		cleanUp();
	};
	const onSignal = (signal: NodeJS.Signals) => {
		onExit();
		process.off(signal, onSignal);
		process.kill(process.pid, signal);
	};
	process.on('exit', onExit);
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	return () => {
		process.off('exit', onExit);
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	};
}
