import { NodeApiError } from 'n8n-workflow';
import { throttlePatienceMs } from '../../../../nodes/shared/retry/retryPolicy';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { sendJson } from '../../../helpers/testServer';

/** Forsta's windows: 429s without Retry-After may come from the 15-minute one, spent by another process or app. */
const FORSTA_LIKE = [
	{ limit: 20, periodMs: 1_000, whenFull: 'wait' as const, label: '20 requests per second' },
	{ limit: 1_000, periodMs: 15 * 60_000, whenFull: 'wait' as const, label: '1,000 requests per 15 minutes' },
	{ limit: 10_000, periodMs: 12 * 3_600_000, whenFull: 'fail' as const, label: '10,000 requests per 12 hours' },
];
let setup: ClientSetup | undefined;
afterEach(async () => {
	await setup?.server.close();
	setup = undefined;
});

describe('429s without Retry-After: tried while a documented window could still free up', () => {
	test('patience: the longest waited-out window plus a minute, at least two minutes, at most twenty', () => {
		expect(throttlePatienceMs(FORSTA_LIKE)).toBe(16 * 60_000);
		expect(throttlePatienceMs([{ limit: 100, periodMs: 60_000, whenFull: 'wait', label: '' }])).toBe(2 * 60_000);
		expect(throttlePatienceMs([{ limit: 10, periodMs: 3_600_000, whenFull: 'wait', label: '' }])).toBe(20 * 60_000);
	});

	test('a read refused for 10 minutes (a quota someone else spent) goes on once it frees, far past 8 attempts', async () => {
		setup = await clientSetup({ profile: { windows: FORSTA_LIKE } });
		const { server, client, clock } = setup;
		const start = clock.now();
		server.handle((_seen, res) => (clock.now() - start < 10 * 60_000 ? sendJson(res, 429, { message: 'Rate limit exceeded.' }) : sendJson(res, 200, { items: [] })));
		const response = await client.send({ method: 'GET', path: '/v1/surveys/p1/responses/data' });
		expect(response.statusCode).toBe(200);
		expect(server.requests.length).toBeGreaterThan(8);
		// The waits grow to a minute at most: the first try after the quota frees comes within that minute.
		expect(clock.now() - start).toBeLessThan(11 * 60_000);
	});

	test('refused for longer than that: fails after the patience, saying how long and what to do', async () => {
		setup = await clientSetup({ profile: { windows: FORSTA_LIKE } });
		const { server, client, clock } = setup;
		const start = clock.now();
		server.handle((_seen, res) => sendJson(res, 429, { message: 'Rate limit exceeded.' }));
		const error = (await client.send({ method: 'GET', path: '/v1/surveys/p1/responses/data' }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(clock.now() - start).toBeGreaterThanOrEqual(16 * 60_000);
		expect(clock.now() - start).toBeLessThan(17 * 60_000 + 1_000);
		expect(error.description).toContain('kept refusing for 16 min without saying how long to wait');
		expect(error.description).toContain('Share of Rate Limits');
	});
});
