import { httpRequest } from '../shared';
import type { LogEntry } from '../shared';
import { hiveCall, type PageBody } from './hiveTestClient';
import { createHiveState } from './hiveState';
import { startHiveMock } from './startHiveMock';

describe('Hive mock control endpoints and seed', () => {
	it('seeds deterministically: two states from the same counts are identical', () => {
		expect(JSON.stringify(createHiveState())).toBe(JSON.stringify(createHiveState()));
		const custom = createHiveState({ skus: 7, orders: 3, shipments: 5, returns: 2, restockingShipments: 1, warehouses: 1 });
		expect([custom.skus.length, custom.orders.length, custom.shipments.length, custom.returns.length, custom.restockingShipments.length, custom.warehouses.length]).toEqual([7, 3, 5, 2, 1, 1]);
		expect(() => createHiveState({ skus: -1 })).toThrow();
	});

	it('spreads created_at over a few months', () => {
		const { skus } = createHiveState();
		const days = (Date.parse(skus[skus.length - 1].created_at) - Date.parse(skus[0].created_at)) / 86_400_000;
		expect(days).toBeGreaterThan(90);
		expect(days).toBeLessThan(150);
	});

	it('shows an out-of-process test what it received (without the key), and resets state, window and log', async () => {
		const mock = await startHiveMock();
		try {
			await hiveCall(mock, 'GET', '/skus?page=2&merchant_sku_ids[]=A');
			await hiveCall(mock, 'POST', '/skus', { body: { name: 'Temp', merchant_sku_id: 'TEMP' } });
			const log = (await httpRequest(`${mock.url}/__mock/log`)).body as { entries: LogEntry[]; lastSeq: number };
			expect(log.entries.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
				['GET', '/merchant_api/v1/skus', 200],
				['POST', '/merchant_api/v1/skus', 201],
			]);
			expect(log.entries[0].query).toEqual({ page: ['2'], 'merchant_sku_ids[]': ['A'] });
			expect(log.entries[1].body).toEqual({ name: 'Temp', merchant_sku_id: 'TEMP' });
			expect(log.entries[0].headers.authorization).toBe('Bearer [redacted]');
			expect(JSON.stringify(log)).not.toContain(mock.apiKey);
			expect(mock.limiter?.status()[0].used).toBe(2);

			const reset = await httpRequest(`${mock.url}/__mock/reset`, { method: 'POST' });
			expect(reset.status).toBe(200);
			expect(mock.state.skus).toHaveLength(60);
			expect(mock.limiter?.status()[0].used).toBe(0);
			expect(mock.log.entries).toHaveLength(0);
			const first = await hiveCall(mock, 'GET', '/skus');
			expect(first.headers['x-rate-limit-used']).toBe('1');
			expect((first.body as PageBody).data[0].merchant_sku_id).toBe('HIVE-SKU-0060');
		} finally {
			await mock.close();
		}
	});

	it('exposes url, baseUrl and the default key, and accepts another key', async () => {
		const mock = await startHiveMock({ apiKey: 'another-key', rateLimit: false });
		try {
			expect(mock.baseUrl).toBe(`${mock.url}/merchant_api/v1`);
			expect(mock.apiKey).toBe('another-key');
			expect((await hiveCall(mock, 'GET', '/warehouses')).status).toBe(200);
			expect((await hiveCall(mock, 'GET', '/warehouses', { apiKey: 'hive-mock-key-0123456789abcdef' })).status).toBe(401);
		} finally {
			await mock.close();
		}
	});

	it('lets a fault layer run before auth through use(..., { first: true })', async () => {
		const mock = await startHiveMock();
		try {
			mock.use((req, next) => (req.path.endsWith('/orders') ? { status: 503, body: { success: false, errors: ['injected'] } } : next()), { first: true });
			expect((await hiveCall(mock, 'GET', '/orders')).status).toBe(503);
			expect(mock.limiter?.status()[0].used).toBe(0);
			expect((await hiveCall(mock, 'GET', '/skus')).status).toBe(200);
		} finally {
			await mock.close();
		}
	});
});
