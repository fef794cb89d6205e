import { settleWaitedOut } from '../../../reliability/faults/outageCases';
import { withLists, type ListService } from '../../../reliability/faults/outageReads';

/** Outages of 45 s, most of the default 60 s Retry Budget: a slow deploy. */
const OUTAGE_MS = 45_000;
/** Past the outage, the longest backoff and the read itself, with room for a busy machine. */
const TIMEOUT_MS = 180_000;

/** Each read meets its own outage at page 2; the mocks are separate servers, so the reads can run at once. */
async function readThroughOutages(services: ListService[]): Promise<void> {
	await withLists(services, async (lists) => {
		const reads = await Promise.all(
			lists.map(async (list) => {
				const outage = list.outageAtPage2(OUTAGE_MS);
				const read = await list.read();
				await outage.over();
				return read;
			}),
		);
		// Every service is checked and recorded, whichever fails first.
		const failures = lists.flatMap((list, index) => {
			try {
				settleWaitedOut(list, OUTAGE_MS, reads[index]);
				return [];
			} catch (error) {
				return [`${list.service}: ${(error as Error).message}`];
			}
		});
		expect(failures).toEqual([]);
	});
}

describe('A Return All through a 45 s outage', () => {
	test('Hive: the read waits it out; every SKU once, none twice; the node says it waited', async () => {
		await readThroughOutages(['Hive']);
	}, TIMEOUT_MS);

	// Four executions in n8n at once: one test's time instead of four.
	test('FastComments, Flowbox, Forsta and Faster Forward at once: each read waits its outage out; every row once, none twice', async () => {
		await readThroughOutages(['FastComments', 'Flowbox', 'Forsta', 'Faster Forward']);
	}, TIMEOUT_MS);
});
