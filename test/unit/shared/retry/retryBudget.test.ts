import { DEFAULT_RETRY_BUDGET_MS, RetryBudget, retryBudgetMs } from '../../../../nodes/shared/retry/retryBudget';

/** Feeds faults to a budget on a fake time line, waiting as told, until it gives up; returns the waits. */
function faultsUntilGivenUp(budgetMs: number, random = () => 1): { waits: number[]; elapsed: number } {
	let now = 0;
	const budget = new RetryBudget(budgetMs, () => now, random);
	const waits: number[] = [];
	for (let wait = budget.nextWait(); wait !== undefined; wait = budget.nextWait()) {
		waits.push(wait);
		now += wait;
	}
	return { waits, elapsed: now };
}

describe('RetryBudget', () => {
	it('defaults to at least 60 s', () => {
		expect(DEFAULT_RETRY_BUDGET_MS).toBeGreaterThanOrEqual(60_000);
	});

	it.each([5_000, 10_000, 60_000, 300_000])('keeps a %i ms budget: waits at least that long, at most one backoff step more', (budgetMs) => {
		for (const random of [() => 0, () => 0.5, () => 1]) {
			const { waits, elapsed } = faultsUntilGivenUp(budgetMs, random);
			expect(elapsed).toBeGreaterThanOrEqual(budgetMs);
			expect(elapsed - waits[waits.length - 1]).toBeLessThan(budgetMs);
		}
	});

	it('backs off exponentially with jitter, capped so a service that is back is noticed within seconds', () => {
		const { waits } = faultsUntilGivenUp(120_000);
		expect(waits.slice(0, 5)).toEqual([500, 1_000, 2_000, 4_000, 8_000]);
		expect(Math.max(...waits)).toBe(8_000);
		const low = faultsUntilGivenUp(120_000, () => 0).waits;
		expect(low.slice(0, 3)).toEqual([250, 500, 1_000]);
	});

	it('gives up at the first fault when the budget is 0', () => {
		expect(faultsUntilGivenUp(0).waits).toEqual([]);
	});

	it("waits what the service asked for (a 503's Retry-After) while the budget lasts", () => {
		const budget = new RetryBudget(10_000, () => 0);
		expect(budget.nextWait(3_000)).toBe(3_000);
	});

	it('gives up at once when the service asks for a wait that would end past the budget plus one backoff step', () => {
		expect(new RetryBudget(60_000, () => 0).nextWait(3_600_000)).toBeUndefined();
		expect(new RetryBudget(10_000, () => 0).nextWait(18_000)).toBe(18_000);
		expect(new RetryBudget(10_000, () => 0).nextWait(18_001)).toBeUndefined();
	});

	it('reads the node option in seconds; a missing one is the default', () => {
		expect(retryBudgetMs(5)).toBe(5_000);
		expect(retryBudgetMs(0)).toBe(0);
		expect(retryBudgetMs(1.5)).toBe(1_500);
		expect(retryBudgetMs(undefined)).toBe(DEFAULT_RETRY_BUDGET_MS);
	});
});
