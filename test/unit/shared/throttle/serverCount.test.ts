import type { Clock } from '../../../../nodes/shared/throttle/clock';
import { Throttle } from '../../../../nodes/shared/throttle/throttle';

function virtualClock(): Clock & { time: number } {
	const clock = {
		time: 0,
		now: () => clock.time,
		sleep: async (ms: number) => {
			clock.time += ms;
		},
	};
	return clock;
}

const perMinute = [{ limit: 100, periodMs: 60_000, whenFull: 'wait' as const, label: '100 requests per minute' }];

describe('the throttle takes the server count as the truth', () => {
	test('a server that has forgotten our old requests (its minute reset) frees their slots at once', async () => {
		const clock = virtualClock();
		const throttle = new Throttle(perMinute, clock, 0);
		let last = 0;
		for (let i = 0; i < 100; i++) {
			last = await throttle.acquire();
			throttle.answered();
		}
		throttle.observe({ used: 1, limit: 100 }, last);
		expect(throttle.windows[0].count(clock.now())).toBe(1);
		const before = clock.time;
		for (let i = 0; i < 99; i++) await throttle.acquire();
		expect(clock.time).toBe(before);
	});

	test('responses arriving during a burst do not forget requests still in flight', async () => {
		const clock = virtualClock();
		const throttle = new Throttle(perMinute, clock, 0);
		const tickets: number[] = [];
		for (let i = 0; i < 100; i++) tickets.push(await throttle.acquire());
		// The first request's answer says the server had counted only it: 99 others are still on their way.
		throttle.answered();
		throttle.observe({ used: 1, limit: 100 }, tickets[0]);
		expect(throttle.windows[0].count(clock.now())).toBe(100);
		const before = clock.time;
		await throttle.acquire();
		expect(clock.time - before).toBeGreaterThanOrEqual(60_000);
	});

	test("another client's requests reported by the server are counted, so we wait before the server refuses", async () => {
		const clock = virtualClock();
		const throttle = new Throttle(perMinute, clock, 0);
		const ticket = await throttle.acquire();
		throttle.answered();
		throttle.observe({ used: 100, limit: 100 }, ticket);
		const before = clock.time;
		await throttle.acquire();
		expect(clock.time - before).toBeGreaterThanOrEqual(60_000);
	});
});
