import type { RateWindowSpec } from './slidingWindow';
import { Throttle } from './throttle';

/**
 * One throttle per rate group for the whole n8n process: every execution and workflow that uses the same
 * credential on the same API shares it. Kept on globalThis so that two copies of this module (for example the
 * action node and the trigger node loaded separately) still share one registry.
 */
const registryKey = Symbol.for('n8n-nodes-service-pack.throttles');

type Registry = Map<string, Throttle>;

function registry(): Registry {
	const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
	let map = holder[registryKey];
	if (!map) {
		map = new Map();
		holder[registryKey] = map;
	}
	return map;
}

export function throttleFor(group: string, specs: RateWindowSpec[], headerWindow?: number): Throttle {
	const map = registry();
	let throttle = map.get(group);
	if (!throttle) {
		throttle = new Throttle(specs, undefined, headerWindow);
		map.set(group, throttle);
	}
	return throttle;
}

/** For tests: forget every rate group. */
export function resetThrottles(): void {
	registry().clear();
}
