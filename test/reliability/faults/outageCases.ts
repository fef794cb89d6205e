import { settleFaultCase } from './faultCase';
import { LONGEST_BACKOFF_MS, seconds, WAIT_HINT, waitHintIn } from './outage';
import type { ListRead, ListSubject } from './outageReads';

/** What the outage cases of a list read assert, and their ledger rows (docs/RELIABILITY.md, table "faults"). */

/** Checks of the clock get this much beyond the budget and the longest backoff: n8n storing the run, a busy machine. */
const TIMING_MARGIN_MS = 2_000;

/**
 * A read through an outage of `ms` at page 2 that had to wait it out: the outage happened (page 2 was asked for
 * again), the read finished with every row once, and the node says it waited.
 */
export function settleWaitedOut(list: ListSubject, ms: number, read: ListRead): void {
	const { outcome, tally, listed, leaked, secondPage } = read;
	expect(outcome.error).toBeUndefined();
	expect(secondPage).toBeGreaterThan(1);
	expect(tally.unexpected).toBe(0);
	expect(outcome.items).toHaveLength(listed);
	expect(waitHintIn(outcome.texts)).toMatch(WAIT_HINT);
	settleFaultCase(
		{ service: list.service, subject: list.subject, trial: `outage of ${seconds(ms)} at page 2`, expected: `wait it out within the retry budget, all ${list.noun} once`, runtime: 'real n8n' },
		{ observed: `${secondPage} requests for page 2 reached the mock; ${outcome.items.length}/${listed} ${list.noun}; wait hint on the node`, tried: 1, ...tally, leaked },
	);
}

/**
 * A read through an outage longer than its Retry Budget: it failed within the budget plus one backoff after the
 * outage began, emitted nothing, and the error names the request and its position, what was read, and what to do.
 */
export function settleOverBudget(list: ListSubject, budgetMs: number, outageMs: number, read: ListRead, failedAfterMs: number): void {
	const { outcome, leaked } = read;
	const error = outcome.error ?? '';
	expect(error).toMatch(new RegExp(`${list.service}: could not complete the request \\((ECONNREFUSED|ECONNRESET)\\)`));
	expect(error).toMatch(list.secondPageRequest);
	expect(error).toContain(`1 page (${list.firstPageItems} items)`);
	expect(error).toMatch(/Retry Budget \(Seconds\).*Retry On Fail/);
	expect(outcome.items).toEqual([]);
	expect(failedAfterMs).toBeGreaterThanOrEqual(budgetMs);
	expect(failedAfterMs).toBeLessThanOrEqual(budgetMs + LONGEST_BACKOFF_MS + TIMING_MARGIN_MS);
	settleFaultCase(
		{ service: list.service, subject: list.subject, trial: `outage of ${seconds(outageMs)}, retry budget ${seconds(budgetMs)}`, expected: 'clear error naming the request and position, nothing partial', runtime: 'real n8n' },
		{ observed: `failed ${Math.round(failedAfterMs / 1000)} s after the outage began at page 2; error names it and what was read; 0 items emitted`, tried: 1, leaked },
	);
}
