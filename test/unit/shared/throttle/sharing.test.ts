import { Throttle } from '../../../../nodes/shared/throttle/throttle';
import { resetThrottles, throttleFor } from '../../../../nodes/shared/throttle/throttleRegistry';
import type { RateWindowSpec } from '../../../../nodes/shared/throttle/slidingWindow';
import { busiestWindow, idleWaits, sendConcurrently } from '../../../helpers/sendTimes';
import { VirtualClock } from '../../../helpers/virtualClock';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const spec = (limit: number, periodMs: number): RateWindowSpec => ({ limit, periodMs, whenFull: 'wait', label: `${limit} per ${periodMs} ms` });

describe('Throttle: concurrent callers', () => {
	it('never overshoots 100/min when 250 requests acquire at once', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([spec(100, MINUTE)], clock);
		const times = await sendConcurrently(throttle, clock, 250);
		expect(times).toHaveLength(250);
		expect(busiestWindow(times, MINUTE)).toBe(100);
		expect(times.filter((t) => t === start)).toHaveLength(100);
		expect(times.filter((t) => t === start + 60_600)).toHaveLength(100);
		expect(times.filter((t) => t === start + 121_200)).toHaveLength(50);
	});

	it('keeps 20/s and 1,000/15 min with 1,200 concurrent callers, at full speed', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([spec(20, SECOND), spec(1_000, 15 * MINUTE)], clock);
		const times = await sendConcurrently(throttle, clock, 1_200);
		expect(busiestWindow(times, SECOND)).toBe(20);
		expect(busiestWindow(times, 15 * MINUTE)).toBe(1_000);
		expect(idleWaits(times, throttle.windows)).toEqual([]);
	});
});

describe('throttleFor: one throttle per rate group', () => {
	afterEach(() => resetThrottles());

	it('gives every caller of a rate group the same throttle, and other groups their own', () => {
		const a = throttleFor('testApi:merchant:abc', [spec(100, MINUTE)]);
		expect(throttleFor('testApi:merchant:abc', [spec(100, MINUTE)])).toBe(a);
		expect(throttleFor('testApi:merchant:def', [spec(100, MINUTE)])).not.toBe(a);
	});

	it('keeps the first windows of a group (a later caller cannot loosen them)', () => {
		const a = throttleFor('group', [spec(100, MINUTE)], 0);
		const b = throttleFor('group', [spec(5_000, MINUTE)]);
		expect(b).toBe(a);
		expect(b.windows.map((window) => window.limit)).toEqual([100]);
	});

	it('forgets every group on resetThrottles', () => {
		const a = throttleFor('group', [spec(100, MINUTE)]);
		resetThrottles();
		expect(throttleFor('group', [spec(100, MINUTE)])).not.toBe(a);
	});
});
