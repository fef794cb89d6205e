import { LONGEST_BACKOFF_MS } from '../../../reliability/faults/outage';
import { settleOverBudget } from '../../../reliability/faults/outageCases';
import { LIST_SERVICES, withLists } from '../../../reliability/faults/outageReads';

/** Outages longer than the node's Retry Budget: the read must give up in time and say where it stopped. */
const BUDGET_MS = 5_000;
// Longer than the budget plus the longest backoff: with jitter, the last attempt may land up to 13 s after the fault.
const OUTAGE_MS = BUDGET_MS + LONGEST_BACKOFF_MS + 5_000;

describe('A Return All through an outage longer than the retry budget (5 s)', () => {
	test.each(LIST_SERVICES)('%s: fails within the budget plus one backoff, naming the request, its position and what was read', async (service) => {
		await withLists([service], async ([list]) => {
			const outage = list.outageAtPage2(OUTAGE_MS);
			const read = await list.read({ retryBudgetSeconds: BUDGET_MS / 1000 });
			const failedAfter = Date.now() - outage.startedAt();
			settleOverBudget(list, BUDGET_MS, OUTAGE_MS, read, failedAfter);
		});
	});
});
