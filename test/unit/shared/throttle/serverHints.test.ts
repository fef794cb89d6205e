import { QuotaExhaustedError, Throttle } from '../../../../nodes/shared/throttle/throttle';
import type { RateWindowSpec } from '../../../../nodes/shared/throttle/slidingWindow';
import { busiestWindow, sendConcurrently, sendSequentially } from '../../../helpers/sendTimes';
import { VirtualClock } from '../../../helpers/virtualClock';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const perMinute: RateWindowSpec = { limit: 100, periodMs: MINUTE, whenFull: 'wait', label: '100 requests per minute' };

describe('Throttle: quotas that fail instead of waiting', () => {
	it('throws QuotaExhaustedError naming the quota and when it frees, instead of waiting a day', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const daily: RateWindowSpec = { limit: 50, periodMs: DAY, whenFull: 'fail', label: '50 requests per day' };
		const throttle = new Throttle([{ ...perMinute, limit: 1_000 }, daily], clock);
		await sendSequentially(throttle, clock, 50);
		const error = await throttle.acquire().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(QuotaExhaustedError);
		const quota = error as QuotaExhaustedError;
		const frees = new Date(start + DAY + 1_000);
		expect(quota.resetsAt).toEqual(frees);
		expect(quota.message).toContain('50 requests per day');
		expect(quota.message).toContain(frees.toISOString());
		expect(clock.now()).toBe(start);
	});

	it('counts no send for a refused request, and allows sends again once the quota frees', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([{ limit: 3, periodMs: DAY, whenFull: 'fail', label: '3 per day' }], clock);
		await sendSequentially(throttle, clock, 3);
		await expect(throttle.acquire()).rejects.toThrow(QuotaExhaustedError);
		await expect(throttle.acquire()).rejects.toThrow(QuotaExhaustedError);
		clock.advance(DAY + 1_000);
		await expect(sendSequentially(throttle, clock, 3)).resolves.toHaveLength(3);
		await expect(throttle.acquire()).rejects.toThrow(QuotaExhaustedError);
	});
});

describe('Throttle: learning from the server', () => {
	it('waits earlier when the usage headers show another client, and leaves it what it is likely to send in a window', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		await sendSequentially(throttle, clock, 10);
		// 3 of the 13 are another client's, seen just now: at 3 per 5 s it may send 37 in a window (60.6 s), 34 more
		// than it has in it; with 2 spare that leaves us 100 - 36 = 64, of which we have sent 10 and it 3.
		throttle.observe({ used: 13, limit: 100 });
		const times = await sendSequentially(throttle, clock, 52);
		expect(times.slice(0, 51).every((t) => t === start)).toBe(true);
		expect(times[51]).toBeGreaterThan(start);
	});

	it('guesses the other client\'s rate again as time shows it: a one-off burst holds the pack back less and less', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([perMinute], clock, 0);
		throttle.observe({ used: 3, limit: 100 });
		const window = throttle.windows[0];
		expect(window.waitMs(clock.now() + 1)).toBe(0);
		await sendSequentially(throttle, clock, 61);
		expect(window.waitMs(clock.now())).toBeGreaterThan(0);
		clock.advance(30_000);
		// 3 in 30 s: 7 in a window, 4 more than it has, plus 2 spare: room for 100 - 6 - 3 - 61 = 30 more.
		await sendSequentially(throttle, clock, 30);
		expect(window.waitMs(clock.now())).toBeGreaterThan(0);
	});

	it("measures the other client's rate from when it was first seen, though its requests are learnt in batches", async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([perMinute], clock, 0);
		throttle.observe({ used: 3, limit: 100 });
		clock.advance(70_000);
		// Our next answer, 70 s later, shows 40 of its requests at once (the first 3 have left the window): about 40 a
		// window, not 40 per 5 s, so 100 - 40 - 2 = 58 are ours.
		throttle.observe({ used: 40, limit: 100 });
		const window = throttle.windows[0];
		await sendSequentially(throttle, clock, 58);
		expect(window.waitMs(clock.now())).toBeGreaterThan(0);
		expect(window.count(clock.now())).toBe(98);
	});

	it('a fresh throttle that reads its own earlier requests as another app\'s lets them out as its guess falls, not after a window', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		const ticket = await throttle.acquire();
		throttle.answered(ticket);
		// The server counted 40 more, sent before a restart: taken at first for a busy other app.
		throttle.observe({ used: 41, limit: 100 }, ticket);
		const times = await sendSequentially(throttle, clock, 40);
		// 40 at first look is guessed at 40 per 5 s; by 26 s the guess allows ours again, and all 40 are out by 43 s.
		expect(times[0] - start).toBeLessThan(30_000);
		expect(times[39] - start).toBeLessThan(45_000);
	});

	it('keeps no reserve while the server has counted only our own requests', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		await sendSequentially(throttle, clock, 10);
		throttle.observe({ used: 10, limit: 100 });
		const times = await sendSequentially(throttle, clock, 91);
		expect(times.slice(0, 90).every((t) => t === start)).toBe(true);
		expect(times[90]).toBeGreaterThan(start);
	});

	it('takes only its share of each limit (the credential\'s Share of Rate Limits)', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0, 0.6);
		const times = await sendSequentially(throttle, clock, 61);
		expect(times.slice(0, 60).every((t) => t === start)).toBe(true);
		expect(times[60]).toBe(start + 60_600);
		throttle.observe({ used: 60, limit: 200 });
		expect(throttle.windows[0].limit).toBe(120);
	});

	it('does not count twice what the server has already counted', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		await sendSequentially(throttle, clock, 40);
		throttle.observe({ used: 40, limit: 100 });
		const times = await sendSequentially(throttle, clock, 60);
		expect(times.every((t) => t === start)).toBe(true);
	});

	it('forgets our oldest sends when the server has counted fewer (its window already let them go)', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([perMinute], clock, 0);
		await sendSequentially(throttle, clock, 100);
		clock.advance(30_000);
		const resumed = clock.now();
		throttle.observe({ used: 40 });
		const times = await sendSequentially(throttle, clock, 61);
		expect(times.slice(0, 60).every((t) => t === resumed)).toBe(true);
		expect(times[60]).toBeGreaterThan(resumed);
	});

	it('reads a late answer against the requests sent after it (its ticket), not as the latest count', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([perMinute], clock, 0);
		const tickets: number[] = [];
		for (let i = 0; i < 10; i++) tickets.push(await throttle.acquire());
		// The answer to the 5th: the server had counted 5 then, and 5 more left after it. Nothing to learn.
		throttle.observe({ used: 5 }, tickets[4]);
		expect(throttle.windows[0].count(clock.now())).toBe(10);
		// The server had counted 50 when it answered the 5th: 45 are someone else's.
		throttle.observe({ used: 50 }, tickets[4]);
		expect(throttle.windows[0].count(clock.now())).toBe(55);
	});

	it('adopts a limit the server raised above the documented one', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		throttle.observe({ used: 0, limit: 150 });
		const times = await sendSequentially(throttle, clock, 151);
		expect(times.slice(0, 150).every((t) => t === start)).toBe(true);
		expect(times[150]).toBe(start + 60_600);
	});

	it('ignores usage headers when the service has no header window', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([perMinute], clock);
		throttle.observe({ used: 100, limit: 5 });
		const times = await sendSequentially(throttle, clock, 100);
		expect(new Set(times).size).toBe(1);
	});

	it('pauses every caller for the Retry-After of a 429', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		await sendSequentially(throttle, clock, 3);
		expect(throttle.onThrottled(3_200, 1_000, true, 'test pause')).toBe(3_200);
		const times = await sendConcurrently(throttle, clock, 5);
		expect(times).toEqual(Array(5).fill(start + 3_200));
	});

	it('uses the fallback wait when the 429 gave no Retry-After', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		expect(throttle.onThrottled(undefined, 1_500, true, 'test pause')).toBe(1_500);
		const [first] = await sendSequentially(throttle, clock, 1);
		expect(first).toBe(start + 1_500);
	});

	it('never shortens a pause already running when a shorter Retry-After arrives', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		throttle.onThrottled(5_000, 1_000, true, 'test pause');
		throttle.onThrottled(1_000, 1_000, true, 'test pause');
		const [first] = await sendSequentially(throttle, clock, 1);
		expect(first).toBe(start + 5_000);
	});

	it('without usage headers, paces the shortest window at what it had sent when the 429 came, then recovers after a window', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const daily: RateWindowSpec = { limit: 10_000, periodMs: DAY, whenFull: 'wait', label: '10,000 per day' };
		const throttle = new Throttle([daily, perMinute], clock);
		await sendSequentially(throttle, clock, 40);
		clock.advance(1_000);
		throttle.onThrottled(undefined, 1_000, false, 'test pause');
		const times = await sendSequentially(throttle, clock, 180);
		// Only 40 per window for one window...
		expect(busiestWindow(times.slice(0, 80), MINUTE)).toBe(40);
		expect(times.slice(0, 40).every((t) => t === start + 60_600)).toBe(true);
		// ...then the documented 100 again.
		expect(times.slice(40, 140).every((t) => t === start + 121_200)).toBe(true);
		expect(times[140]).toBe(start + 181_800);
	});

	it('with usage headers, a 429 only pauses: the window keeps its limit', async () => {
		const clock = new VirtualClock();
		const start = clock.now();
		const throttle = new Throttle([perMinute], clock, 0);
		await sendSequentially(throttle, clock, 40);
		throttle.onThrottled(2_000, 1_000, true, 'test pause');
		const times = await sendSequentially(throttle, clock, 60);
		expect(times.every((t) => t === start + 2_000)).toBe(true);
	});

	it('stops waiting when the execution is cancelled', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([{ ...perMinute, limit: 1 }], clock);
		await throttle.acquire();
		const controller = new AbortController();
		const waiting = throttle.acquire(controller.signal);
		controller.abort();
		await expect(waiting).rejects.toThrow();
		expect(busiestWindow([clock.now()], MINUTE)).toBe(1);
	});
});
