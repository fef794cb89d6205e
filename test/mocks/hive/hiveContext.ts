import type { HiveState } from './types';

/** What every route module needs. */
export interface HiveContext {
	state: HiveState;
	pageSize: number;
	/** Wall-clock time for created_at of new objects (the rate limiter has its own, injectable clock). */
	now: () => number;
}

/** Hive ids are integers; anything else finds nothing, as `find` would in Rails. */
export function findById<T extends { id: number }>(items: T[], id: string): T | undefined {
	if (!/^\d+$/.test(id)) return undefined;
	const wanted = Number(id);
	return items.find((item) => item.id === wanted);
}
