import * as workflow from 'n8n-workflow';

/** Time source for the throttle and retries; tests swap in a virtual clock. */
export interface Clock {
	now(): number;
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

type AbortableSleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * n8n-workflow's abortable sleep on the host's n8n line. Up to 2.8 it is `sleepWithAbort` (its `sleep` ignores a
 * signal); from 2.41 `sleepWithAbort` is gone and `sleep` takes the signal. Picked from the host's own module.
 */
export function abortableSleep(host: object = workflow): AbortableSleep {
	const exported = host as { sleepWithAbort?: unknown; sleep?: unknown };
	if (typeof exported.sleepWithAbort === 'function') return exported.sleepWithAbort as AbortableSleep;
	if (typeof exported.sleep === 'function') return exported.sleep as AbortableSleep;
	throw new Error('n8n-workflow exports no sleep function');
}

const hostSleep = abortableSleep();

export const systemClock: Clock = {
	now: () => Date.now(),
	sleep: async (ms, signal) => {
		// Both lines' sleeps reject as soon as the signal fires (2.8 with n8n's cancellation error, 2.41 with the
		// signal's reason), so a stopped execution does not wait the pause out.
		await hostSleep(ms, signal);
	},
};
