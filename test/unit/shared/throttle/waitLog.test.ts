import { Throttle } from '../../../../nodes/shared/throttle/throttle';
import { WaitLog } from '../../../../nodes/shared/throttle/waitLog';
import { VirtualClock } from '../../../helpers/virtualClock';

const FIVE_PER_SECOND = { limit: 5, periodMs: 1_000, whenFull: 'wait' as const, label: '5 requests per second' };
const THOUSAND_PER_15_MINUTES = { limit: 1_000, periodMs: 15 * 60_000, whenFull: 'wait' as const, label: '1,000 requests per 15 minutes' };

/** Sends `count` requests through a throttle on a virtual clock, logging its waits; each is answered at once. */
async function sendThrough(throttle: Throttle, count: number, log: WaitLog): Promise<void> {
	for (let i = 0; i < count; i++) {
		await throttle.acquire(undefined, (ms, reason) => log.add(reason, ms));
		throttle.answered();
	}
}

describe('WaitLog: what the node tells the user about its waits', () => {
	it('names the window a throttle waited for, with the time it waited', async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([FIVE_PER_SECOND, THOUSAND_PER_15_MINUTES], clock);
		const log = new WaitLog();
		await sendThrough(throttle, 40, log);
		expect(log.totalMs()).toBeGreaterThanOrEqual(7_000);
		expect(log.summary()).toMatch(/^This node waited \d+(\.\d)? s in total: \d+(\.\d)? s for the limit of 5 requests per second\. 0 requests were repeated\.$/);
	});

	it("names a service's Retry-After as the reason after a 429", async () => {
		const clock = new VirtualClock();
		const throttle = new Throttle([FIVE_PER_SECOND], clock);
		const log = new WaitLog();
		throttle.onThrottled(6_000, 1_000, true);
		log.retried();
		await sendThrough(throttle, 1, log);
		expect(log.summary()).toBe('This node waited 6 s in total: 6 s for Retry-After from the service (HTTP 429). 1 request was repeated.');
	});

	it('says nothing about waits shorter than 5 s in total', () => {
		const log = new WaitLog();
		log.add('the limit of 5 requests per second', 4_999);
		expect(log.summary()).toBeUndefined();
		log.add('the service to come back after faults', 1);
		expect(log.summary()).toContain('5 s in total');
	});
});
