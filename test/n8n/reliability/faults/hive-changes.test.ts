import { hiveCall } from '../../../mocks/hive/hiveTestClient';
import { emittedOrNot, settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { HIVE_FAULT_PAGE_SIZE, hiveFaultWorld, listedOrder, onSkuPage, purgeSkus, readAllSkus } from '../../../reliability/faults/hiveFaults';
import { worldPerTest } from '../../../reliability/faults/worldLifecycle';

const readCase = (trial: string, expected: string): FaultCase => ({ service: 'Hive', subject: 'SKU: Get Many', trial, expected, runtime: 'real n8n' });

const world = worldPerTest(hiveFaultWorld, (opened) => opened.mock.close());

/** Runs `change` once, just before the node asks for page 2 (page 1 is read by then). */
const beforePage2 = (change: () => Promise<unknown> | void) => world().faults.add(onSkuPage(2, { fault: { kind: 'before', run: async () => void (await change()) } }));

describe('Hive SKUs that change while the node reads them, in a real n8n', () => {
	test('a SKU created between pages pushes the last SKU of page 1 onto page 2: it is emitted once, none lost', async () => {
		const pushedOn = listedOrder(world())[HIVE_FAULT_PAGE_SIZE - 1];
		beforePage2(() => hiveCall(world().mock, 'POST', '/skus', { body: { merchant_sku_id: 'NEW-MID-READ', name: 'Created mid-read' } }));
		const { outcome, tally, listed, leaked, requests } = await readAllSkus(world());
		const pages = requests.filter((entry) => entry.method === 'GET');
		const created = world().mock.state.skus.find((sku) => sku.merchant_sku_id === 'NEW-MID-READ');
		expect(outcome.error).toBeUndefined();
		expect(tally.unexpected).toBe(0);
		expect(outcome.items.filter((item) => item.id === pushedOn)).toHaveLength(1);
		settleFaultCase(readCase('SKU created between pages', 'pushed SKU once, none lost'), {
			observed: `${pages.length} pages, ${outcome.items.length} of ${listed} SKUs, new one ${emittedOrNot(outcome.items, created?.id)}`,
			tried: 1,
			...tally,
			leaked,
		});
	});

	test('SKUs deleted through the API between pages stay listed as "deleted" (Hive soft-deletes): none lost', async () => {
		const order = listedOrder(world());
		const deleted = [order[0], order[order.length - 1]];
		beforePage2(() => Promise.all(deleted.map((id) => hiveCall(world().mock, 'DELETE', `/skus/${id}`))));
		const { outcome, tally, listed, leaked } = await readAllSkus(world());
		expect(outcome.error).toBeUndefined();
		expect(tally.unexpected).toBe(0);
		const last = outcome.items.find((item) => item.id === deleted[1]);
		expect(last?.status).toBe('deleted');
		settleFaultCase(readCase('2 SKUs deleted between pages', 'none lost, status shown'), {
			observed: `${outcome.items.length}/${listed} SKUs, the later one read as "${String(last?.status)}"`,
			tried: deleted.length,
			...tally,
			leaked,
		});
	});

	test.each([
		[2, /the list shrank from 30 to 28 items/],
		[HIVE_FAULT_PAGE_SIZE + 1, /the list shrank from 30 to 19 items/],
	])('%i SKUs purged from page 1 between pages: the read fails with a clear error instead of missing SKUs', async (purged, message) => {
		const fromPage1 = listedOrder(world()).slice(0, purged);
		beforePage2(() => purgeSkus(world(), fromPage1));
		const before = listedOrder(world()).length;
		const { outcome, tally, leaked, listed, page } = await readAllSkus(world());
		const pagesOf = (count: number) => Math.ceil(count / HIVE_FAULT_PAGE_SIZE);
		expect(outcome.error).toMatch(message);
		expect(outcome.error).toMatch(/may have moved onto pages already read/);
		expect(outcome.items).toEqual([]);
		expect(page(3)).toHaveLength(0);
		settleFaultCase(readCase(`${purged} SKUs purged from page 1 mid-read`, 'clear error, no partial list'), {
			observed: `error on page 2: item_count ${before}→${listed}, page_count ${pagesOf(before)}→${pagesOf(listed)}; ${outcome.items.length} emitted`,
			tried: purged,
			...tally,
			leaked,
		});
	});
});
