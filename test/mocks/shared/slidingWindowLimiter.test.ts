import { retryAfterSeconds } from './retryAfter';
import { SlidingWindowLimiter } from './slidingWindowLimiter';

function fakeClock(start = 1_000_000) {
	let now = start;
	return { clock: () => now, advance: (ms: number) => (now += ms), set: (ms: number) => (now = ms) };
}

describe('SlidingWindowLimiter', () => {
	it('allows exactly 100 in a minute, refuses the 101st, and allows it once the first request is 60 s old', () => {
		const time = fakeClock();
		const limiter = new SlidingWindowLimiter([{ limit: 100, windowMs: 60_000 }], time.clock);
		const start = time.clock();
		for (let i = 0; i < 100; i++) {
			expect(limiter.tryAcquire().allowed).toBe(true);
			time.advance(100); // 100 requests over 10 s
		}
		const refused = limiter.tryAcquire();
		expect(refused.allowed).toBe(false);
		expect(refused.windows[0].used).toBe(100);
		// The first request arrived at `start`; the window frees exactly 60 s after it.
		expect(refused.retryAfterMs).toBe(start + 60_000 - time.clock());

		time.set(start + 59_999);
		expect(limiter.tryAcquire().allowed).toBe(false);
		time.set(start + 60_000);
		const allowed = limiter.tryAcquire();
		expect(allowed.allowed).toBe(true);
		expect(allowed.windows[0].used).toBe(100);
		// The next slot frees when the second request (start + 100) ages out.
		expect(limiter.status()[0].msUntilFree).toBe(100);
	});

	it('does not count refused requests', () => {
		const time = fakeClock();
		const limiter = new SlidingWindowLimiter([{ limit: 2, windowMs: 1_000 }], time.clock);
		limiter.tryAcquire();
		limiter.tryAcquire();
		for (let i = 0; i < 50; i++) expect(limiter.tryAcquire().allowed).toBe(false);
		expect(limiter.status()[0].used).toBe(2);
		time.advance(1_000);
		expect(limiter.status()[0].used).toBe(0);
		expect(limiter.tryAcquire().allowed).toBe(true);
		expect(limiter.tryAcquire().allowed).toBe(true);
		expect(limiter.tryAcquire().allowed).toBe(false);
	});

	it('enforces several windows at once and waits for the slowest to free', () => {
		const time = fakeClock(0);
		const limiter = new SlidingWindowLimiter([{ limit: 2, windowMs: 1_000 }, { limit: 3, windowMs: 10_000 }], time.clock);
		expect(limiter.tryAcquire().allowed).toBe(true); // t=0
		expect(limiter.tryAcquire().allowed).toBe(true); // t=0
		time.set(1_000);
		expect(limiter.tryAcquire().allowed).toBe(true); // t=1000: short window has room again, long one is now full
		time.set(2_500);
		const refused = limiter.tryAcquire();
		expect(refused.allowed).toBe(false);
		expect(refused.windows.map((window) => window.used)).toEqual([0, 3]);
		expect(refused.windows.map((window) => window.msUntilFree)).toEqual([0, 7_500]);
		expect(refused.retryAfterMs).toBe(7_500);
		time.set(10_000);
		expect(limiter.tryAcquire().allowed).toBe(true);
	});

	it('reports usage without counting, and resets', () => {
		const time = fakeClock();
		const limiter = new SlidingWindowLimiter([{ limit: 5, windowMs: 1_000 }], time.clock);
		limiter.tryAcquire();
		expect(limiter.status()).toEqual([{ limit: 5, windowMs: 1_000, used: 1, msUntilFree: 0 }]);
		expect(limiter.status()[0].used).toBe(1);
		limiter.reset();
		expect(limiter.status()[0].used).toBe(0);
	});

	it('rejects nonsense windows', () => {
		expect(() => new SlidingWindowLimiter([])).toThrow();
		expect(() => new SlidingWindowLimiter([{ limit: 0, windowMs: 1_000 }])).toThrow();
		expect(() => new SlidingWindowLimiter([{ limit: 1, windowMs: 0 }])).toThrow();
	});
});

describe('retryAfterSeconds', () => {
	it('rounds up to one decimal so waiting that long is always enough', () => {
		expect(retryAfterSeconds(3_200)).toBe('3.2');
		expect(retryAfterSeconds(3_101)).toBe('3.2');
		expect(retryAfterSeconds(3_199)).toBe('3.2');
		expect(retryAfterSeconds(60_000)).toBe('60.0');
		expect(retryAfterSeconds(1)).toBe('0.1');
		expect(retryAfterSeconds(0)).toBe('0.1');
	});
});
