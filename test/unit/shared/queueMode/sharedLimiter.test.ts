import { SharedLimiter } from '../../../../nodes/shared/queueMode/sharedLimiter';
import { systemClock } from '../../../../nodes/shared/throttle/clock';
import type { RateTicket } from '../../../../nodes/shared/throttle/rateLimiter';
import type { RateWindowSpec } from '../../../../nodes/shared/throttle/slidingWindow';
import { QuotaExhaustedError } from '../../../../nodes/shared/throttle/throttle';
import { OTHER_PROCESS_PAUSE, rateLimitReason } from '../../../../nodes/shared/throttle/waitLog';
import { redisFixture, type RedisFixture } from './redisFixture';

const TEN_PER_SECOND: RateWindowSpec = { limit: 10, periodMs: 1_000, whenFull: 'wait', label: '10 requests per second' };
let fixture: RedisFixture;
let groupNumber = 0;

beforeEach(async () => {
	fixture = await redisFixture();
});
afterEach(async () => await fixture.close());

/** `processes` limiters of one rate group, each on its own connection, as separate n8n processes hold them. */
async function processes(count: number, specs: RateWindowSpec[], headerWindow?: number, share = 1): Promise<SharedLimiter[]> {
	const group = `test:group${++groupNumber}`;
	const limiters = Array.from({ length: count }, () => new SharedLimiter(fixture.link(), group, specs, systemClock, headerWindow, share));
	await fixture.ready();
	return limiters;
}

/** Sends `perProcess` requests from each limiter at once; returns when each was let go. */
async function sendFromAll(limiters: SharedLimiter[], perProcess: number): Promise<number[]> {
	const sent: number[] = [];
	await Promise.all(
		limiters.flatMap((limiter) =>
			Array.from({ length: perProcess }, async () => {
				const ticket = await limiter.acquire();
				sent.push(Date.now());
				limiter.answered(ticket);
			}),
		),
	);
	return sent.sort((a, b) => a - b);
}

/** The most requests let go within any `periodMs`. */
function busiest(times: number[], periodMs: number): number {
	let most = 0;
	for (let i = 0, j = 0; i < times.length; i++) {
		while (times[i] - times[j] >= periodMs) j++;
		most = Math.max(most, i - j + 1);
	}
	return most;
}

describe('SharedLimiter: one window for every process, through a real Redis', () => {
	test('three processes sending 12 requests each keep 10 per second between them', async () => {
		const sent = await sendFromAll(await processes(3, [TEN_PER_SECOND]), 12);
		expect(sent).toHaveLength(36);
		expect(busiest(sent, 1_000)).toBeLessThanOrEqual(10);
		// Three full windows and a part: the shared count wastes no time either.
		expect(sent[35] - sent[0]).toBeLessThan(4_500);
	});

	test('one process alone lets a whole window go at once: the measure reaches the limit, so the bound above means something', async () => {
		const [alone] = await processes(1, [TEN_PER_SECOND]);
		const sent = await sendFromAll([alone], 10);
		expect(busiest(sent, 1_000)).toBe(10);
	});

	test('a 429 pause set by one process holds the others too', async () => {
		const [first, second] = await processes(2, [TEN_PER_SECOND]);
		expect(first.onThrottled(800, 0, true, rateLimitReason(429, 'header'))).toBe(800);
		const asked = Date.now();
		const waits: string[] = [];
		const noteWait = (_ms: number, reason: string) => waits.push(reason);
		await Promise.all([first, second].map(async (limiter) => limiter.answered(await limiter.acquire(undefined, noteWait))));
		expect(Date.now() - asked).toBeGreaterThanOrEqual(700);
		// Each names what it knows: the process that got the answer, its Retry-After; the other, only that one came.
		expect(waits.sort()).toEqual(['Retry-After from the service (HTTP 429)', OTHER_PROCESS_PAUSE].sort());
	});

	test('a spent quota that fails instead of waiting throws for every process', async () => {
		const daily: RateWindowSpec = { limit: 3, periodMs: 86_400_000, whenFull: 'fail', label: '3 requests per day' };
		const [first, second] = await processes(2, [daily]);
		await sendFromAll([first], 3);
		await expect(second.acquire()).rejects.toBeInstanceOf(QuotaExhaustedError);
	});

	test("the server's count shows another app: every process leaves it a reserve", async () => {
		const perMinute: RateWindowSpec = { limit: 20, periodMs: 60_000, whenFull: 'wait', label: '20 requests per minute' };
		const [first, second] = await processes(2, [perMinute], 0);
		const ticket: RateTicket = await first.acquire();
		first.answered(ticket);
		// The server had counted 2 when it answered our first: 1 is another app's, seen just now. At 1 per 5 s it may
		// send 13 in a window (60.6 s), 12 more than it has; with 2 spare, 20 - 14 = 6 are ours and its.
		first.observe({ used: 2, limit: 20 }, ticket);
		const sent = await Promise.race([sendFromAll([second], 4), new Promise<number[]>((resolve) => setTimeout(() => resolve([]), 1_500))]);
		expect(sent).toHaveLength(4);
		const twelfth = await Promise.race([second.acquire().then(() => 'sent'), new Promise((resolve) => setTimeout(() => resolve('held'), 500))]);
		expect(twelfth).toBe('held');
	});

	test('takes only its share of the limit (the credential\'s Share of Rate Limits)', async () => {
		const sent = await sendFromAll(await processes(2, [TEN_PER_SECOND], undefined, 0.5), 5);
		expect(busiest(sent, 1_000)).toBeLessThanOrEqual(5);
	});
});

describe('SharedLimiter: when Redis goes away', () => {
	test('goes on with a per-process share, says so once, and shares again when Redis is back', async () => {
		const [first, second] = await processes(2, [TEN_PER_SECOND]);
		await sendFromAll([first, second], 2);
		await fixture.redis.kill();
		const during = await sendFromAll([first], 10);
		// Two processes were seen: each keeps half of the limit on its own.
		expect(busiest(during, 1_000)).toBeLessThanOrEqual(5);
		expect(fixture.said.filter((line) => line.includes('cannot be reached:'))).toHaveLength(2);
		await fixture.redis.restart();
		await fixture.ready();
		expect(fixture.said.filter((line) => line.includes('is back:'))).toHaveLength(2);
		const after = await sendFromAll([first, second], 6);
		expect(busiest(after, 1_000)).toBeLessThanOrEqual(10);
		expect(after).toHaveLength(12);
	});

	test('the first requests after Redis goes cannot overfill a window: the process counted what it had sent', async () => {
		const [first] = await processes(2, [TEN_PER_SECOND]);
		const before = await sendFromAll([first], 10);
		await fixture.redis.kill();
		const during = await sendFromAll([first], 5);
		expect(busiest([...before, ...during].sort((a, b) => a - b), 1_000)).toBeLessThanOrEqual(10);
	});

	test('what a process sent alone joins the shared windows when Redis is back', async () => {
		const [first, second] = await processes(2, [TEN_PER_SECOND]);
		await fixture.redis.kill();
		const alone = await sendFromAll([first], 5);
		await fixture.redis.restart();
		await fixture.ready();
		// The first process's next request hands its lone requests over; then the other process fills the window.
		const handOver = await sendFromAll([first], 1);
		const after = await sendFromAll([second], 10);
		expect(busiest([...alone, ...handOver, ...after].sort((a, b) => a - b), 1_000)).toBeLessThanOrEqual(10);
	});
});
