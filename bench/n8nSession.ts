import globalSetup from '../test/n8n/harness/globalSetup';
import globalTeardown from '../test/n8n/harness/globalTeardown';
import { connectN8n, type N8nClient } from '../test/n8n/harness/client';

/** One real n8n with the packed pack for the whole bench run (the same harness the tests use). */
export async function withN8n<T>(work: (n8n: N8nClient) => Promise<T>): Promise<T> {
	await globalSetup();
	try {
		return await work(connectN8n());
	} finally {
		await globalTeardown();
	}
}
