import { hiveWorld, ids, type HiveWorld } from './hiveFixture';
import { httpRequest } from '../../mocks/shared/httpClient';

/**
 * Hive's documented window (100 per minute), but another client spent all 100 requests 57 s ago: the node's
 * first request meets a 429 with a decimal Retry-After. It must wait it out, learn from the X-Rate-Limit headers,
 * and lose nothing. The mock's clock is shifted so that "57 s ago" does not take a minute to arrange.
 */
let world: HiveWorld;
let clockOffset = 0;
beforeAll(async () => {
	world = await hiveWorld({ seed: { skus: 200 }, clock: () => Date.now() + clockOffset }, 'Hive shared quota');
});
afterAll(async () => await world.mock.close());

test('a 429 from a quota another client spent is waited out: every SKU arrives once and the run succeeds', async () => {
	clockOffset = -57_000;
	for (let i = 0; i < 100; i++) {
		await httpRequest(`${world.mock.baseUrl}/warehouses`, { headers: { Authorization: `Bearer ${world.mock.apiKey}` } });
	}
	clockOffset = 0;
	const mark = world.mark();
	const result = await world.n8n.run([world.hive({ resource: 'sku', operation: 'getAll', returnAll: true })]);
	const answered = world.requestsSince(mark);
	expect(answered.filter((entry) => entry.status === 429).length).toBeGreaterThanOrEqual(1);
	expect(answered.filter((entry) => entry.status === 200).map((entry) => entry.query.page?.[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
	expect(result.items).toHaveLength(200);
	expect(new Set(ids(result.items)).size).toBe(200);
	expect((await result.execution()).status).toBe('success');
});
