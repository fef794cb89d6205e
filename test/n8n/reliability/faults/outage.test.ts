import { settleWaitedOut } from '../../../reliability/faults/outageCases';
import { LIST_SERVICES, withLists } from '../../../reliability/faults/outageReads';

/** Every service's list read through an outage as short as a deploy; the 45 s ones are in outage-45s.test.ts. */
const OUTAGE_MS = 10_000;

describe('A Return All through a 10 s outage (the mock refuses connections, then comes back)', () => {
	test.each(LIST_SERVICES)('%s: the read waits it out; every row once, none twice; the node says it waited', async (service) => {
		await withLists([service], async ([list]) => {
			const outage = list.outageAtPage2(OUTAGE_MS);
			const read = await list.read();
			await outage.over();
			settleWaitedOut(list, OUTAGE_MS, read);
		});
	});
});
