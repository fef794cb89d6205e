import { settleFaultCase } from '../../../reliability/faults/faultCase';
import { withWrite, WRITE_SERVICES } from '../../../reliability/faults/outageWrites';

/** A POST that meets an outage: the service may have acted on it, so it must not be sent again. */
const OUTAGE_MS = 3_000;
const NOT_REPEATED = /could not complete the request \((ECONNRESET|ECONNREFUSED)\)\. It was not repeated, because the service may already have acted on it/;

describe('A POST sent into an outage (the mock acts on it, then its connections drop)', () => {
	test.each(WRITE_SERVICES)('%s: sent once, and the error says the service may have acted', async (service) => {
		await withWrite(service, async (write) => {
			const outage = write.outageAtPost(OUTAGE_MS);
			const { outcome, posts, leaked } = await write.write();
			await outage.over();
			expect(outage.startedAt()).toBeGreaterThan(0);
			expect(outcome.error).toMatch(new RegExp(`${service}: ${NOT_REPEATED.source}`));
			expect(posts).toBe(1);
			settleFaultCase(
				{ service, subject: write.subject, trial: 'outage as the POST arrives', expected: 'send once, clear error', runtime: 'real n8n' },
				{ observed: `${posts} POST reached the mock, error says not repeated`, tried: 1, doubleSent: Math.max(0, posts - 1), leaked },
			);
		});
	});
});
