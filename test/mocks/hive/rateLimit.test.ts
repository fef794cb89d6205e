import { hiveCall, errorsOf } from './hiveTestClient';
import { startHiveMock, type HiveMock } from './startHiveMock';

describe('Hive mock rate limit (100 requests per 60 s)', () => {
	let now = 5_000_000;
	let mock: HiveMock;

	beforeEach(async () => {
		now = 5_000_000;
		mock = await startHiveMock({ clock: () => now, seed: { skus: 3, orders: 0, shipments: 0, returns: 0, restockingShipments: 0 } });
	});
	afterEach(() => mock.close());

	it('allows exactly 100 requests in a minute, refuses the 101st with Retry-After, then allows it when the window frees', async () => {
		for (let i = 1; i <= 100; i++) {
			const res = await hiveCall(mock, 'GET', '/warehouses');
			expect(res.status).toBe(200);
			expect(res.headers['x-rate-limit-used']).toBe(String(i));
			expect(res.headers['x-rate-limit-max']).toBe('100');
			now += 200; // 100 requests over 20 s
		}
		now = 5_000_000 + 23_450; // 36.55 s before the first request leaves the window
		const refused = await hiveCall(mock, 'GET', '/warehouses');
		expect(refused.status).toBe(429);
		expect(refused.headers['retry-after']).toBe('36.6'); // rounded up, never down
		expect(refused.headers['x-rate-limit-used']).toBe('100');
		expect(refused.headers['x-rate-limit-max']).toBe('100');
		expect(refused.body).toMatchObject({ success: false });
		expect(errorsOf(refused)[0]).toMatch(/rate limit/i);

		// Refused requests do not count: hammering changes nothing.
		for (let i = 0; i < 20; i++) expect((await hiveCall(mock, 'GET', '/warehouses')).status).toBe(429);

		now = 5_000_000 + 59_999;
		expect((await hiveCall(mock, 'GET', '/warehouses')).status).toBe(429);
		now = 5_000_000 + 23_450 + 36_600; // waited exactly Retry-After
		const again = await hiveCall(mock, 'GET', '/warehouses');
		expect(again.status).toBe(200);
		expect(again.headers['x-rate-limit-used']).toBe('100');
	});

	it('does not count 401s, but reports the current usage on them', async () => {
		await hiveCall(mock, 'GET', '/warehouses');
		for (let i = 0; i < 150; i++) {
			const res = await hiveCall(mock, 'GET', '/warehouses', { apiKey: 'wrong' });
			expect(res.status).toBe(401);
		}
		const res = await hiveCall(mock, 'GET', '/warehouses', { apiKey: null });
		expect(res.headers['x-rate-limit-used']).toBe('1');
		expect(res.headers['x-rate-limit-max']).toBe('100');
		expect((await hiveCall(mock, 'GET', '/warehouses')).headers['x-rate-limit-used']).toBe('2');
	});

	it('counts every authenticated request, errors included', async () => {
		await hiveCall(mock, 'GET', '/skus/999999');
		await hiveCall(mock, 'GET', '/skus?page=0');
		const res = await hiveCall(mock, 'POST', '/skus', { body: {} });
		expect(res.status).toBe(422);
		expect(res.headers['x-rate-limit-used']).toBe('3');
	});

	it('can be configured or switched off', async () => {
		const small = await startHiveMock({ rateLimit: { limit: 2, windowMs: 10_000 }, clock: () => now });
		const off = await startHiveMock({ rateLimit: false });
		try {
			expect((await hiveCall(small, 'GET', '/warehouses')).headers['x-rate-limit-max']).toBe('2');
			await hiveCall(small, 'GET', '/warehouses');
			const refused = await hiveCall(small, 'GET', '/warehouses');
			expect(refused.status).toBe(429);
			expect(refused.headers['retry-after']).toBe('10.0');
			for (let i = 0; i < 120; i++) expect((await hiveCall(off, 'GET', '/warehouses')).status).toBe(200);
			expect((await hiveCall(off, 'GET', '/warehouses')).headers['x-rate-limit-used']).toBeUndefined();
		} finally {
			await small.close();
			await off.close();
		}
	});
});

describe('Hive mock rate limit in real time', () => {
	it('lets a client that waits exactly Retry-After through', async () => {
		const mock = await startHiveMock({ rateLimit: { limit: 3, windowMs: 1_200 } });
		try {
			for (let i = 0; i < 3; i++) expect((await hiveCall(mock, 'GET', '/warehouses')).status).toBe(200);
			const refused = await hiveCall(mock, 'GET', '/warehouses');
			expect(refused.status).toBe(429);
			const seconds = Number(refused.headers['retry-after']);
			expect(seconds).toBeGreaterThan(0);
			expect(seconds).toBeLessThanOrEqual(1.2 + 0.1);
			await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
			expect((await hiveCall(mock, 'GET', '/warehouses')).status).toBe(200);
		} finally {
			await mock.close();
		}
	});
});
