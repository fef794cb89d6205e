import { startHiveMock } from '../../test/mocks/hive';
import { HIVE_PAGE_SIZE } from '../../test/mocks/hive/constants';
import type { N8nClient } from '../../test/n8n/harness/client';
import { headerAuth, pagedHttpRequest } from '../httpRequestNode';
import { uniqueId, type ListSource, type Window } from './types';

export const HIVE_WINDOWS: Window[] = [{ limit: 100, periodMs: 60_000 }];
/** One request per 600 ms is 100 a minute: the rate a user derives from Hive's documented limit. */
export const HIVE_INTERVAL_MS = 600;

/** SKUs on a fresh Hive mock (100 requests per minute, exactly), with a key of its own. */
export async function hiveSkus(n8n: N8nClient, pages: number): Promise<ListSource> {
	const mock = await startHiveMock({ seed: { skus: pages * HIVE_PAGE_SIZE }, apiKey: `${uniqueId('bench')}-0123456789` });
	const credentialId = await n8n.createCredential('hiveApi', `bench hive ${mock.baseUrl}`, { apiKey: mock.apiKey, baseUrl: mock.baseUrl });
	const credentials = { hiveApi: { id: credentialId, name: 'bench' } };
	const credential = await headerAuth(n8n, 'Authorization', `Bearer ${mock.apiKey}`);
	return {
		ourNode: { name: 'Hive', type: 'n8n-nodes-service-pack.hive', typeVersion: 1, parameters: { resource: 'sku', operation: 'getAll', returnAll: true }, credentials },
		httpNode: (intervalMs) =>
			pagedHttpRequest(
				{ url: `${mock.baseUrl}/skus`, credential },
				{
					pageParameter: { name: 'page', value: '={{ $pageCount + 1 }}' },
					completeExpression: '={{ $response.body.pagination === undefined || $response.body.pagination.current_page >= $response.body.pagination.page_count }}',
					intervalMs,
				},
			),
		rowsField: 'data',
		rowId: 'id',
		refusals: () => mock.log.entries.filter((entry) => entry.status === 429).length,
		requests: () => mock.log.entries.filter((entry) => entry.path.endsWith('/skus')).length,
		close: () => mock.close(),
	};
}
