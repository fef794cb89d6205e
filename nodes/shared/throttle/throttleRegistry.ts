import type { RateWindowSpec } from './slidingWindow';
import { Throttle } from './throttle';

/**
 * One throttle per rate group for the whole n8n process: every execution and workflow that uses the same
 * credential on the same API shares it. n8n loads this module once per process (the action and trigger nodes
 * resolve the same file), so a module-level map is shared by all of them.
 */
const throttles = new Map<string, Throttle>();

export function throttleFor(group: string, specs: RateWindowSpec[], headerWindow?: number, share = 1): Throttle {
	// The share is part of the key: a credential that changed its share gets a throttle with the new limits.
	const key = share === 1 ? group : `${group}|${share}`;
	let throttle = throttles.get(key);
	if (!throttle) {
		throttle = new Throttle(specs, undefined, headerWindow, share);
		throttles.set(key, throttle);
	}
	return throttle;
}

/** For tests: forget every rate group. */
export function resetThrottles(): void {
	throttles.clear();
}
