import type { RateWindowSpec } from './slidingWindow';
import { Throttle } from './throttle';

/**
 * One throttle per rate group for the whole n8n process: every execution and workflow that uses the same
 * credential on the same API shares it. n8n loads this module once per process (the action and trigger nodes
 * resolve the same file), so a module-level map is shared by all of them.
 */
const throttles = new Map<string, Throttle>();

export function throttleFor(group: string, specs: RateWindowSpec[], headerWindow?: number): Throttle {
	let throttle = throttles.get(group);
	if (!throttle) {
		throttle = new Throttle(specs, undefined, headerWindow);
		throttles.set(group, throttle);
	}
	return throttle;
}

/** For tests: forget every rate group. */
export function resetThrottles(): void {
	throttles.clear();
}
