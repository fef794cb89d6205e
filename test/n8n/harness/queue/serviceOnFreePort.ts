import { spawnDetached, waitUntilReady, type DetachedProcess, type SpawnDetachedOptions } from '../detachedProcess';
import { freePorts } from '../ports';
import { signalGroup } from '../processGroup';

const ATTEMPTS = 3;

/**
 * Calls `start` with `count` distinct free ports. Another process can take one between freePorts() and the server's
 * listen(); when the error says a port is in use, it tries again on new ones.
 */
export async function retryOnTakenPorts<T>(count: number, start: (ports: number[]) => Promise<T>): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await start(await freePorts(count));
		} catch (error) {
			if (attempt >= ATTEMPTS || !/already in use/i.test((error as Error).message)) throw error;
		}
	}
}

export interface ServiceSpec {
	/** For messages, e.g. "Redis". */
	what: string;
	command: string;
	args(port: number): string[];
	spawn: SpawnDetachedOptions;
	isReady(port: number): Promise<boolean>;
	readyTimeoutMs: number;
	/** This port instead of a free one, e.g. to restart a server where its clients expect it. */
	port?: number;
}

/** Starts a server as its own process group on a free port (or spec.port) and waits until it is ready; kills it if it does not get ready. */
export async function startServiceOnFreePort(spec: ServiceSpec): Promise<{ port: number; process: DetachedProcess }> {
	const startAt = async (port: number) => {
		const started = spawnDetached(spec.command, spec.args(port), spec.spawn);
		try {
			await waitUntilReady(`${spec.what} on port ${port}`, started, () => spec.isReady(port), spec.readyTimeoutMs);
		} catch (error) {
			signalGroup(started.pid, 'SIGKILL');
			throw error;
		}
		return { port, process: started };
	};
	return spec.port === undefined ? retryOnTakenPorts(1, ([port]) => startAt(port)) : startAt(spec.port);
}
