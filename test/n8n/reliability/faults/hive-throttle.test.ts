import { MAX_ATTEMPTS_WHEN_THROTTLED } from '../../../../nodes/shared/retry/retryPolicy';
import { settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import {
	anotherClientSpendsTheQuota,
	answeredAt,
	arrivedAt,
	hive429,
	hiveFaultWorld,
	onSkuPage,
	readAllSkus,
} from '../../../reliability/faults/hiveFaults';
import { worldPerTest } from '../../../reliability/faults/worldLifecycle';

const readCase = (trial: string, expected: string): FaultCase => ({ service: 'Hive', subject: 'SKU: Get Many', trial, expected, runtime: 'real n8n' });

const world = worldPerTest(hiveFaultWorld, (opened) => opened.mock.close());

describe('Hive 429s in a real n8n', () => {
	test('a 429 with a decimal Retry-After and X-Rate-Limit headers is waited out, then the read goes on', async () => {
		world().faults.add(onSkuPage(2, { fault: hive429(1.3) }));
		const { outcome, tally, listed, leaked, page } = await readAllSkus(world());
		const [refused, retried] = page(2);
		const waitedMs = arrivedAt(retried) - answeredAt(refused);
		expect(outcome.error).toBeUndefined();
		expect(tally.unexpected).toBe(0);
		expect(page(2).map((entry) => entry.status)).toEqual([429, 200]);
		// A lower bound only: a slow machine waits longer, never shorter.
		expect(waitedMs).toBeGreaterThanOrEqual(1300);
		settleFaultCase(readCase('429, Retry-After 1.3, on page 2', 'wait, all SKUs once'), {
			observed: `waited ${(waitedMs / 1000).toFixed(1)} s, ${outcome.items.length}/${listed} SKUs`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});

	test('a storm of three 429s in a row is ridden out within the attempt limit', async () => {
		world().faults.add(onSkuPage(2, { fault: hive429(0.4), times: 3 }));
		const { outcome, tally, listed, leaked, page } = await readAllSkus(world());
		expect(outcome.error).toBeUndefined();
		expect(page(2).map((entry) => entry.status)).toEqual([429, 429, 429, 200]);
		settleFaultCase(readCase('three 429s in a row on page 2', 'wait each, all SKUs once'), {
			observed: `${page(2).length} attempts, ${outcome.items.length}/${listed} SKUs`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});

	test('a 429 on every attempt ends the run after the attempt limit with a clear error', async () => {
		world().faults.add(onSkuPage(2, { fault: hive429(0.2), times: Infinity }));
		const { outcome, tally, leaked, page } = await readAllSkus(world());
		expect(outcome.error).toMatch(/Hive \(HTTP 429\): Rate limit exceeded/);
		expect(outcome.error).toContain(`Gave up after ${MAX_ATTEMPTS_WHEN_THROTTLED} attempts`);
		expect(outcome.items).toEqual([]);
		expect(page(2)).toHaveLength(MAX_ATTEMPTS_WHEN_THROTTLED);
		settleFaultCase(readCase('429 on every attempt', `give up after ${MAX_ATTEMPTS_WHEN_THROTTLED}, clear error`), {
			observed: `${page(2).length} attempts, then error; ${outcome.items.length} items emitted`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});

	test('a quota another client spends mid-read makes Hive refuse early; the node waits as told and loses nothing', async () => {
		let spentByOther = 0;
		world().faults.add(onSkuPage(3, { fault: { kind: 'before', run: () => void (spentByOther = anotherClientSpendsTheQuota(world(), 1500)) } }));
		const { outcome, requests, tally, listed, leaked, page } = await readAllSkus(world());
		const ownBeforeRefusal = requests.indexOf(page(3)[0]);
		expect(outcome.error).toBeUndefined();
		// The node had sent two of the minute's 100 requests when Hive refused its third: the other client spent the rest.
		expect(spentByOther + ownBeforeRefusal).toBe(100);
		expect(page(3).map((entry) => entry.status)).toEqual([429, 200]);
		settleFaultCase(readCase('quota spent by another client', 'wait, all SKUs once'), {
			observed: `429 after ${ownBeforeRefusal} own requests, ${outcome.items.length}/${listed} SKUs`,
			tried: page(3).filter((entry) => entry.status === 429).length,
			...tally,
			leaked,
		});
	});
});
