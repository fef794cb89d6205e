import { sleepWithAbort } from 'n8n-workflow';

/** Time source for the throttle and retries; tests swap in a virtual clock. */
export interface Clock {
	now(): number;
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	sleep: async (ms, signal) => await sleepWithAbort(ms, signal),
};
