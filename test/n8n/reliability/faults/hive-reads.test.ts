import type { Fault } from '../../../mocks/shared/faults';
import { settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { hiveFaultWorld, onSkuPage, readAllSkus } from '../../../reliability/faults/hiveFaults';
import { worldPerTest } from '../../../reliability/faults/worldLifecycle';

const readCase = (trial: string, expected: string): FaultCase => ({ service: 'Hive', subject: 'SKU: Get Many', trial, expected, runtime: 'real n8n' });

/** What a load balancer in front of Hive might answer; Hive's own error shape is not promised for these. */
const gatewayError = (status: number): Fault => ({ kind: 'status', status, rawBody: `<html><head><title>${status}</title></head></html>`, headers: { 'content-type': 'text/html' } });

const world = worldPerTest(hiveFaultWorld, (opened) => opened.mock.close());

/** One fault on page 2 that a retry gets past: the read must end with every SKU once. */
async function expectRetriedRead(fault: Fault, trial: string, times = 1): Promise<number[]> {
	for (let i = 0; i < times; i++) world().faults.add(onSkuPage(2, { fault }));
	const { outcome, tally, listed, leaked, page } = await readAllSkus(world());
	expect(outcome.error).toBeUndefined();
	expect(tally.unexpected).toBe(0);
	// One attempt per injected fault, then the one that got through.
	expect(page(2)).toHaveLength(world().faults.injected.length + 1);
	settleFaultCase(readCase(trial, 'retry, all SKUs once'), {
		observed: `${page(2).length} attempts, ${outcome.items.length}/${listed} SKUs`,
		tried: world().faults.injected.length,
		...tally,
		leaked,
	});
	return page(2).map((entry) => entry.status);
}

describe('Hive server faults on reads in a real n8n', () => {
	test('500, 502 and 503 in a row on one page are retried with backoff; every SKU arrives once', async () => {
		world().faults.add(onSkuPage(2, { fault: gatewayError(500) }));
		world().faults.add(onSkuPage(2, { fault: gatewayError(502) }));
		expect(await expectRetriedRead(gatewayError(503), '500, 502, 503 on page 2')).toEqual([500, 502, 503, 200]);
	});

	test('a connection reset before the answer is retried; every SKU arrives once', async () => {
		expect(await expectRetriedRead({ kind: 'reset' }, 'connection reset on page 2')).toEqual([0, 200]);
	});

	// The client reads JSON bodies from their stream, so a reset mid-body reaches it as the stream's failure.
	test('a connection reset mid-body is retried; every SKU arrives once', async () => {
		expect(await expectRetriedRead({ kind: 'resetMidBody' }, 'reset mid-body on page 2')).toEqual([0, 200]);
	});

	test('a 503 that never ends fails the run after the retry budget with a clear error and no partial list', async () => {
		world().faults.add(onSkuPage(2, { fault: gatewayError(503), times: Infinity }));
		const { outcome, tally, leaked, page } = await readAllSkus(world(), { retryBudgetSeconds: 2 });
		expect(outcome.error).toMatch(/Hive \(HTTP 503\)/);
		expect(outcome.error).toContain(`Gave up after ${page(2).length} attempts`);
		expect(outcome.items).toEqual([]);
		expect(page(2).length).toBeGreaterThan(2);
		settleFaultCase(readCase('503 on every attempt', 'give up after the retry budget, clear error'), {
			observed: `${page(2).length} attempts, then error; ${outcome.items.length} items emitted`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});

	test.each([
		['an HTML page with status 200', { kind: 'replace', rawBody: '<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>', contentType: 'text/html' }, /an HTML page \("Maintenance"\) instead of JSON/],
		['truncated JSON', { kind: 'truncate' }, /not valid JSON/],
	] as Array<[string, Fault, RegExp]>)('%s on one page fails the run with a clear error instead of a partial list', async (trial, fault, message) => {
		world().faults.add(onSkuPage(2, { fault }));
		const { outcome, tally, leaked, page } = await readAllSkus(world());
		expect(outcome.error).toMatch(message);
		expect(outcome.error).toContain('GET /skus');
		expect(outcome.items).toEqual([]);
		settleFaultCase(readCase(`${trial} on page 2`, 'clear error, no partial list'), {
			observed: `error after ${page(2).length} attempt; ${outcome.items.length} items emitted`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});
});
