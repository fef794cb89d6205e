import { Throttle } from '../../../../nodes/shared/throttle/throttle';
import { rateLimitReason, WaitLog } from '../../../../nodes/shared/throttle/waitLog';
import { classifyForsta } from '../../../../nodes/Forsta/forstaProfiles';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { sendJson } from '../../../helpers/testServer';
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
		throttle.onThrottled(6_000, 1_000, true, rateLimitReason(429, 'header'));
		log.retried();
		await sendThrough(throttle, 1, log);
		expect(log.summary()).toBe('This node waited 6 s in total: 6 s for Retry-After from the service (HTTP 429). 1 request was repeated.');
	});

	it('says nothing about waits shorter than 5 s in total when no request was repeated', () => {
		const log = new WaitLog();
		log.add('the limit of 5 requests per second', 4_999);
		expect(log.summary()).toBeUndefined();
		log.add('the service to come back after faults', 1);
		expect(log.summary()).toContain('5 s in total');
	});

	it('tells of a repeated request even when the wait before it was short', () => {
		const log = new WaitLog();
		log.add('the service to come back after faults', 600);
		log.retried();
		expect(log.summary()).toBe('This node waited 0.6 s in total: 0.6 s for the service to come back after faults. 1 request was repeated.');
		const unwaited = new WaitLog();
		unwaited.retried();
		expect(unwaited.summary()).toBe('1 request was repeated, without waiting.');
	});
});

describe('WaitLog: a pause after a rate-limit answer is named by what the answer said', () => {
	let setup: ClientSetup | undefined;
	afterEach(async () => {
		await setup?.server.close();
		setup = undefined;
	});

	/**
	 * Sends one GET that meets `refusal` once, then a 200; returns the client's summary. The refusal counts the window
	 * full in a usage header, so the throttle keeps its own pace and the pause is the refusal's alone.
	 */
	async function reasonsAfter(refusal: { status: number; body: unknown; headers?: Record<string, string> }, profile = {}): Promise<string> {
		const rateHeaders = { window: 0, read: (headers: Record<string, unknown>) => ({ used: Number(headers['x-used']) }) };
		setup = await clientSetup({ profile: { rateHeaders, ...profile } });
		const { server, client } = setup;
		server.script(
			(_seen, res) => sendJson(res, refusal.status, refusal.body, { 'x-used': '100', ...refusal.headers }),
			(_seen, res) => sendJson(res, 200, { data: [] }),
		);
		await client.send({ method: 'GET', path: '/skus' });
		return client.waits.summary() ?? '';
	}

	it('a 429 with Retry-After: the header', async () => {
		expect(await reasonsAfter({ status: 429, body: {}, headers: { 'retry-after': '2' } })).toContain('2 s for Retry-After from the service (HTTP 429)');
	});

	it('a 429 without Retry-After: the answer, not a header that never came', async () => {
		const summary = await reasonsAfter({ status: 429, body: {} });
		expect(summary).toMatch(/s for a rate-limit answer from the service \(HTTP 429\)/);
		expect(summary).not.toContain('Retry-After');
	});

	it("Forsta's 403 that says it is a rate limit: HTTP 403, not 429", async () => {
		// A 403's usage headers are applied (only a 429's are not), so here none come and the window is short.
		const tenthOfASecond = [{ limit: 100, periodMs: 100, whenFull: 'wait' as const, label: '100 requests per 0.1 s' }];
		const summary = await reasonsAfter({ status: 403, body: { message: 'Rate limit exceeded' } }, { classify: classifyForsta, rateHeaders: undefined, windows: tenthOfASecond });
		expect(summary).toMatch(/s for a rate-limit answer from the service \(HTTP 403\)/);
	});
});
