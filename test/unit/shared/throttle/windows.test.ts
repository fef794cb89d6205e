import { Throttle } from '../../../../nodes/shared/throttle/throttle';
import type { RateWindowSpec } from '../../../../nodes/shared/throttle/slidingWindow';
import { busiestWindow, idleWaits, sendSequentially } from '../../../helpers/sendTimes';
import { VirtualClock } from '../../../helpers/virtualClock';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const wait = (limit: number, periodMs: number, label: string): RateWindowSpec => ({ limit, periodMs, whenFull: 'wait', label });

describe('Throttle: several documented windows at once', () => {
	it('never sends more than 100 in any 60 s across a 3,250-request read', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([wait(100, MINUTE, '100 per minute')], clock);
		const times = await sendSequentially(throttle, clock, 3_250);
		expect(busiestWindow(times, MINUTE)).toBe(100);
		expect(idleWaits(times, throttle.windows)).toEqual([]);
	});

	it('sends 130 requests at 100/min in about 60.6 s: 100 at once, the rest right after the window and its margin', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([wait(100, MINUTE, '100 per minute')], clock);
		const times = await sendSequentially(throttle, clock, 130);
		expect(times.slice(0, 100).every((t) => t === start)).toBe(true);
		// The margin is 1% of the period: 600 ms.
		expect(times.slice(100).every((t) => t === start + 60_600)).toBe(true);
		expect(times[129] - start).toBe(60_600);
	});

	it('keeps the margin when time passes between calls: nothing goes at exactly one period after a full window', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([wait(100, MINUTE, '100 per minute')], clock);
		await sendSequentially(throttle, clock, 100);
		clock.advance(MINUTE);
		const [next] = await sendSequentially(throttle, clock, 1);
		expect(next).toBe(start + 60_600);
	});

	it('keeps 5/s and 100,000/day both, at full speed, across 3,000 requests', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([wait(5, SECOND, '5 per second'), { limit: 100_000, periodMs: DAY, whenFull: 'fail', label: '100,000 per day' }], clock);
		const times = await sendSequentially(throttle, clock, 3_000);
		expect(busiestWindow(times, SECOND)).toBe(5);
		expect(busiestWindow(times, DAY)).toBeLessThanOrEqual(100_000);
		// Bursts of 5, one every 1,010 ms (1 s plus its 1% margin), never later than that.
		times.forEach((t, k) => expect(t - start).toBe(Math.floor(k / 5) * 1_010));
	});

	it('keeps 20/s, 1,000/15 min and 10,000/12 h together, and waits for the 12 h window only when it is full', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const specs = [wait(20, SECOND, '20 per second'), wait(1_000, 15 * MINUTE, '1,000 per 15 minutes'), wait(10_000, 12 * HOUR, '10,000 per 12 hours')];
		const throttle = new Throttle(specs, clock);
		const times = await sendSequentially(throttle, clock, 10_050);
		expect(busiestWindow(times, SECOND)).toBeLessThanOrEqual(20);
		expect(busiestWindow(times, 15 * MINUTE)).toBeLessThanOrEqual(1_000);
		expect(busiestWindow(times, 12 * HOUR)).toBe(10_000);
		expect(idleWaits(times, throttle.windows)).toEqual([]);
		// The first 1,000 take 50 bursts of 20, one per 1,010 ms.
		expect(times[999] - start).toBe(49 * 1_010);
		// Then the 15-minute window (plus its 1 s margin) holds the 1,001st back.
		expect(times[1_000] - start).toBe(15 * MINUTE + SECOND);
		// The 10,001st waits for the first send to leave the 12-hour window (plus 1 s).
		expect(times[9_999] - start).toBeLessThan(3 * HOUR);
		expect(times[10_000] - start).toBe(12 * HOUR + SECOND);
	});

	it('lets a window burst again as soon as its oldest sends have left it, not a fixed interval per request', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([wait(10, SECOND, '10 per second')], clock);
		await sendSequentially(throttle, clock, 3);
		clock.advance(500);
		const later = await sendSequentially(throttle, clock, 9);
		// 7 more fit beside the first 3; the next 2 wait for those first 3 to leave (1,010 ms after start).
		expect(later.slice(0, 7).every((t) => t === start + 500)).toBe(true);
		expect(later.slice(7)).toEqual([start + 1_010, start + 1_010]);
	});

	it('counts a request from its answer: the next window waits for the oldest answer, not the oldest send', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([wait(5, SECOND, '5 per second')], clock);
		const times = await sendSequentially(throttle, clock, 6, 30);
		expect(times.slice(0, 5)).toEqual([0, 30, 60, 90, 120].map((t) => start + t));
		// The first answer came at 30 ms: the 6th goes one window (plus 10 ms) after that.
		expect(times[5]).toBe(start + 30 + 1_010);
	});

	it('stays inside the window however late each request reached the server, up to its answer', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([wait(5, SECOND, '5 per second')], clock);
		const arrivals: number[] = [];
		// Deterministic spread of delays between sending and the answer (0 to 90 ms); the server counts the request
		// somewhere in between, here at the latest possible moment for the odd ones and the earliest for the even.
		for (let k = 0; k < 200; k++) {
			await throttle.acquire();
			const sentAt = clock.now();
			const answerAfter = (k * 37) % 91;
			arrivals.push(k % 2 ? sentAt + answerAfter : sentAt);
			await clock.sleep(answerAfter);
			throttle.answered();
		}
		expect(busiestWindow(arrivals, SECOND)).toBe(5);
	});
});
