import { signalGroup, stopProcessGroup } from '../../test/n8n/harness/processGroup';
import { logTail } from '../../test/n8n/harness/startN8n';

/**
 * Everything the sandbox started, stopped once and in order: n8n's process group (n8n and its task runner, SIGTERM,
 * then SIGKILL after 15 s), then the in-process mocks, then the folder lock.
 */
const CLEANUP_TIMEOUT_MS = 5_000;

export class Lifecycle {
	private n8n?: { pid: number; logPath: string };
	private readonly cleanups: Array<() => Promise<void> | void> = [];
	private stopping?: Promise<void>;

	constructor(private readonly say: (line: string) => void) {
		// Last resort if the sandbox crashes: n8n is detached, so nothing else would stop it.
		process.on('exit', () => this.n8n && signalGroup(this.n8n.pid, 'SIGKILL'));
		// `on`, not `once`: one Ctrl-C can arrive twice (the terminal signals the whole group, and tsx relays it again),
		// and a second one must not cut the shutdown short. stop() runs only once.
		for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
			process.on(signal, () => void this.stop(`${signal} received`).then(() => process.exit(signal === 'SIGINT' ? 130 : 143)));
		}
	}

	/** Runs on stop, after n8n is down; the last one added runs first. */
	onStop(cleanup: () => Promise<void> | void): void {
		this.cleanups.unshift(cleanup);
	}

	watchN8n(pid: number, logPath: string, child: NodeJS.EventEmitter): void {
		this.n8n = { pid, logPath };
		child.once('exit', (code: number | null, signal: string | null) => {
			if (this.stopping) return;
			this.say(`n8n stopped on its own (${code ?? signal}); last lines of ${logPath}:\n${logTail(logPath, 20)}`);
			void this.stop('n8n exited').then(() => process.exit(1));
		});
	}

	stop(reason: string): Promise<void> {
		this.stopping ??= (async () => {
			this.say(`stopping (${reason})...`);
			if (this.n8n) {
				const outcome = await stopProcessGroup(this.n8n.pid);
				if (outcome === 'killed') this.say('n8n ignored SIGTERM for 15 s and was killed');
			}
			for (const cleanup of this.cleanups) {
				await withTimeout(Promise.resolve(cleanup()), CLEANUP_TIMEOUT_MS).catch((error: Error) => this.say(`cleanup failed: ${error.message}`));
			}
			this.n8n = undefined;
			this.say('stopped.');
		})();
		return this.stopping;
	}
}

/** A mock's close() waits for open connections; a stuck one must not keep the sandbox from exiting. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
