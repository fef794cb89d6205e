import { backoffMs } from '../../../../nodes/shared/retry/backoff';
import { MAX_ATTEMPTS_WHEN_THROTTLED, mayRepeatAfterFault } from '../../../../nodes/shared/retry/retryPolicy';

describe('backoffMs', () => {
	it('waits between half and all of base·2^(attempt-1)', () => {
		expect(backoffMs(1, 500, 30_000, () => 0)).toBe(250);
		expect(backoffMs(1, 500, 30_000, () => 1)).toBe(500);
		expect(backoffMs(3, 500, 30_000, () => 0)).toBe(1_000);
		expect(backoffMs(3, 500, 30_000, () => 1)).toBe(2_000);
		expect(backoffMs(2, 1_000, 30_000, () => 0.5)).toBe(1_500);
	});

	it('never exceeds the cap, however many attempts', () => {
		for (const attempt of [10, 20, 60, 1_000]) {
			expect(backoffMs(attempt, 500, 30_000, () => 1)).toBe(30_000);
			expect(backoffMs(attempt, 500, 30_000, () => 0)).toBe(15_000);
		}
	});

	it('treats attempt 0 or below like the first attempt', () => {
		expect(backoffMs(0, 500, 30_000, () => 1)).toBe(500);
		expect(backoffMs(-4, 500, 30_000, () => 1)).toBe(500);
	});

	it('stays inside its bounds with real randomness', () => {
		for (let attempt = 1; attempt <= 12; attempt++) {
			const ceiling = Math.min(30_000, 500 * 2 ** (attempt - 1));
			for (let i = 0; i < 200; i++) {
				const wait = backoffMs(attempt);
				expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
				expect(wait).toBeLessThanOrEqual(ceiling);
			}
		}
	});
});

describe('retry policy', () => {
	it.each(['GET', 'HEAD', 'PUT', 'DELETE'] as const)('repeats %s after a fault', (method) => {
		expect(mayRepeatAfterFault(method)).toBe(true);
	});

	it.each(['POST', 'PATCH'] as const)('never repeats %s after a fault unless the service documents it as safe', (method) => {
		expect(mayRepeatAfterFault(method)).toBe(false);
		expect(mayRepeatAfterFault(method, true)).toBe(true);
	});

	it('gives up after 8 attempts on 429s (faults have a time budget instead: retryBudget.test.ts)', () => {
		expect(MAX_ATTEMPTS_WHEN_THROTTLED).toBe(8);
	});
});
