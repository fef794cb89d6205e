import { settleInOrder } from '../../../../nodes/shared/operations/settleInOrder';

/** A run whose items finish in reverse order of starting, recording how many were in flight at most. */
function reversedRun(count: number, failing: number[] = []) {
	let inFlight = 0;
	const started: number[] = [];
	const stats = { started, most: 0 };
	const run = async (index: number) => {
		started.push(index);
		stats.most = Math.max(stats.most, ++inFlight);
		await new Promise((resolve) => setTimeout(resolve, (count - index) * 3));
		inFlight -= 1;
		if (failing.includes(index)) throw new Error(`item ${index} failed`);
		return index * 10;
	};
	return { run, stats };
}

describe('settleInOrder', () => {
	it('keeps outcomes in index order with at most `width` in flight', async () => {
		const { run, stats } = reversedRun(10);
		const outcomes = await settleInOrder(10, 4, run, true);
		expect(outcomes.map((outcome) => (outcome?.ok ? outcome.value : 'x'))).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
		expect(stats.most).toBe(4);
		expect(stats.started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('with width 1 runs one after another', async () => {
		const { run, stats } = reversedRun(5);
		await settleInOrder(5, 1, run, true);
		expect(stats.most).toBe(1);
	});

	it('starts nothing new after a failure when asked, and every index before it has an outcome', async () => {
		const { run, stats } = reversedRun(12, [2]);
		const outcomes = await settleInOrder(12, 3, run, true);
		const firstMissing = outcomes.findIndex((outcome) => outcome === undefined);
		expect(outcomes[2]).toEqual({ ok: false, error: new Error('item 2 failed') });
		expect(firstMissing).toBeGreaterThan(2);
		expect(stats.started.length).toBeLessThan(12);
		expect(outcomes.slice(0, 2).every((outcome) => outcome?.ok)).toBe(true);
	});

	it('runs every item when failures do not stop it (Continue On Fail)', async () => {
		const { run } = reversedRun(6, [1, 4]);
		const outcomes = await settleInOrder(6, 4, run, false);
		expect(outcomes.map((outcome) => outcome?.ok)).toEqual([true, false, true, true, false, true]);
	});
});
