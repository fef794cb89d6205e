import type { MockRequest } from '../shared';
import { FORSTA_WINDOWS } from './constants';
import { forstaGate, type GateStats } from './forstaGate';
import { mockGet, mockToken } from './forstaTestClient';
import { startForstaMock, type ForstaMock } from './startForstaMock';
import { TokenBook } from './tokens';

/** The gate on its own, driven without HTTP, so 10,000 requests take milliseconds. */
function gateOnly(clock: () => number) {
	const tokens = new TokenBook({ clients: { c: 's' }, now: clock, lifetimeMs: 24 * 3_600_000 });
	const grant = tokens.grant({
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		rawBody: 'grant_type=api-user&client_id=c&client_secret=s&scope=pub.surveys%20pub.hubs',
	} as unknown as MockRequest);
	const token = (grant.body as { access_token: string }).access_token;
	const stats: GateStats = { throttled: {} };
	const gate = forstaGate(tokens, { windows: FORSTA_WINDOWS, clock, throttleStatus: 429, retryAfter: true }, stats);
	const call = async (path = '/v1/surveys') =>
		(await gate({ path, headers: { authorization: `Bearer ${token}` } } as unknown as MockRequest, async () => ({ status: 200 }))).status;
	return { call, stats };
}

describe('Forsta mock: the three windows, per client and per API', () => {
	it('allows 20 requests in a second and refuses the 21st with 429 and Retry-After', async () => {
		let now = 0;
		const mock: ForstaMock = await startForstaMock({ clock: () => now });
		try {
			const token = await mockToken(mock);
			for (let i = 0; i < 20; i++) expect((await mockGet(mock, token, '/v1/surveys?pageSize=1')).status).toBe(200);
			const refused = await mockGet(mock, token, '/v1/surveys?pageSize=1');
			expect(refused.status).toBe(429);
			expect(refused.headers['retry-after']).toBe('1.0');
			// The Hubs API is counted apart.
			expect((await mockGet(mock, token, '/v1/hubs')).status).toBe(200);
			now += 1_000;
			expect((await mockGet(mock, token, '/v1/surveys?pageSize=1')).status).toBe(200);
			expect(mock.stats.throttled).toEqual({ surveys: 1 });
		} finally {
			await mock.close();
		}
	});

	it('allows 1,000 in 15 minutes at 20/s, then refuses until the first of them is 15 minutes old', async () => {
		let now = 0;
		const { call } = gateOnly(() => now);
		for (let second = 0; second < 50; second++) {
			for (let i = 0; i < 20; i++) expect(await call()).toBe(200);
			now += 1_000;
		}
		expect(await call()).toBe(429);
		now = 15 * 60_000 - 1;
		expect(await call()).toBe(429);
		now = 15 * 60_000;
		expect(await call()).toBe(200);
		expect(await call('/v1/hubs')).toBe(200);
	});

	it('allows 10,000 in 12 hours and refuses the next until the oldest leaves the window', async () => {
		let now = 0;
		const { call, stats } = gateOnly(() => now);
		// 1,000 every 15 minutes (20/s) for ten quarter-hours.
		for (let quarter = 0; quarter < 10; quarter++) {
			now = quarter * 15 * 60_000;
			for (let i = 0; i < 1_000; i++) {
				if (i % 20 === 0 && i > 0) now += 1_000;
				expect(await call()).toBe(200);
			}
		}
		now = 10 * 15 * 60_000 + 60_000;
		expect(await call()).toBe(429);
		now = 12 * 3_600_000 - 1;
		expect(await call()).toBe(429);
		now = 12 * 3_600_000;
		expect(await call()).toBe(200);
		expect(stats.throttled.surveys).toBe(2);
	});

	it('can answer a rate limit with 403 and a message that says so, and a permission 403 says nothing of limits', async () => {
		let now = 0;
		const mock = await startForstaMock({ clock: () => now, throttleStatus: 403, retryAfter: false, rateLimit: [{ limit: 1, windowMs: 1_000 }] });
		try {
			const token = await mockToken(mock);
			expect((await mockGet(mock, token, '/v1/surveys/p1000001')).status).toBe(200);
			const limited = await mockGet(mock, token, '/v1/surveys/p1000001');
			expect(limited.status).toBe(403);
			expect(limited.rawBody).toMatch(/Rate limit exceeded/);
			expect(limited.headers['retry-after']).toBeUndefined();
			now += 1_000;
			const forbidden = await mockGet(mock, token, '/v1/surveys/p1000012');
			expect(forbidden.status).toBe(403);
			expect(forbidden.rawBody).not.toMatch(/limit/i);
		} finally {
			await mock.close();
		}
	});
});
