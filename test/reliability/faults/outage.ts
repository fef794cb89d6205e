import type { Fault, FaultLayer, FaultRule } from '../../mocks/shared/faults';

/**
 * An outage of a mock, as a deploy makes one (see MockServer.outage), started by the request a fault rule matches,
 * and what the outage cases of docs/RELIABILITY.md check against.
 */

/** The longest wait between two attempts after a fault: a budget is kept to within this. */
export const LONGEST_BACKOFF_MS = 8_000;

/** The hint a node shows after waiting for a service to come back (the engine's WaitLog summary). */
export const WAIT_HINT = /This node waited \d+(\.\d)? s in total: [^"]*for the service to come back after faults/;

/** The node's wait hint in a run's stored execution, if any: only it, not the whole run, in a failure's message. */
export const waitHintIn = (texts: readonly string[]): string | undefined => texts[0]?.match(/This node waited[^"]*/)?.[0];

export interface Outage {
	/** Resolves when the mock is back. */
	over(): Promise<void>;
	/** When the matched request arrived and the mock went down; 0 while it has not. */
	startedAt(): number;
}

/** An outage of `ms` of the mock that starts when the request the rule matches arrives (its connection drops). */
export function outageOn(mock: { outage(ms: number): Promise<void> }, ms: number, addRule: (fault: Fault) => void): Outage {
	let outage: Promise<void> = Promise.resolve();
	let startedAt = 0;
	addRule({
		kind: 'before',
		run: () => {
			startedAt = Date.now();
			outage = mock.outage(ms);
		},
	});
	return { over: async () => await outage, startedAt: () => startedAt };
}

/** "10 s" for a trial's wording. */
export const seconds = (ms: number): string => `${ms / 1000} s`;

/** A mock that can go down, with its fault layer; closing it closes its credential's world too. */
export interface OutageWorld {
	mock: { outage(ms: number): Promise<void> };
	faults: FaultLayer;
	close(): Promise<void>;
}

/**
 * Outages of the world's mock, each started by the request its rule matches. `close` waits for them to end before
 * it closes the world: a mock that is down cannot be closed.
 */
export function outagesOf(world: OutageWorld): { at(ms: number, rule: (fault: Fault) => FaultRule): Outage; close(): Promise<void> } {
	const outages: Outage[] = [];
	return {
		at: (ms, rule) => {
			const outage = outageOn(world.mock, ms, (fault) => world.faults.add(rule(fault)));
			outages.push(outage);
			return outage;
		},
		close: async () => {
			await Promise.all(outages.map(async (outage) => await outage.over()));
			await world.close();
		},
	};
}

/** Runs `body` with the subjects open (each its own mock and credential), and closes them however it ends. */
export async function withOpen<S extends { close(): Promise<void> }, T>(openers: Array<() => Promise<S>>, body: (subjects: S[]) => Promise<T>): Promise<T> {
	const subjects = await Promise.all(openers.map(async (open) => await open()));
	try {
		return await body(subjects);
	} finally {
		await Promise.all(subjects.map(async (subject) => await subject.close()));
	}
}
