import type { IDataObject } from 'n8n-workflow';
import { hiveProfile } from '../nodes/Hive/hiveProfile';
import { startHiveMock, type HiveMock } from '../test/mocks/hive';
import { httpRequest } from '../test/mocks/shared/httpClient';
import type { N8nClient, NodeSpec } from '../test/n8n/harness/client';
import { describeSeconds, minimumMs } from './stats';

export interface HiveBenchOptions {
	pages: number;
	runs: number;
}

interface ReadResult {
	ms: number;
	rows: number;
	distinctRows: number;
	tooManyRequests: number;
	status: string;
}

const PAGE_SIZE = 25;
const TIMEOUT_MS = 300_000;

/** A fresh mock per read, with its own key: each read starts with an empty window, on the client and the server. */
async function freshMock(pages: number, run: string): Promise<HiveMock> {
	return await startHiveMock({ seed: { skus: pages * PAGE_SIZE }, apiKey: `bench-${run}-${Date.now()}-0123456789` });
}

function ourNode(credentialId: string): NodeSpec {
	return {
		name: 'Hive',
		type: 'n8n-nodes-service-pack.hive',
		typeVersion: 1,
		parameters: { resource: 'sku', operation: 'getAll', returnAll: true },
		credentials: { hiveApi: { id: credentialId, name: 'bench' } },
	};
}

/** n8n's HTTP Request node as a careful user sets it up: the same credential, page by page, one request per 600 ms. */
function httpRequestNode(credentialId: string, baseUrl: string, intervalMs: number): NodeSpec {
	return {
		name: 'HTTP Request',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url: `${baseUrl}/skus`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'hiveApi',
			options: {
				pagination: {
					pagination: {
						parameters: { parameters: [{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' }] },
						paginationCompleteWhen: 'other',
						completeExpression: '={{ $response.body.pagination === undefined || $response.body.pagination.current_page >= $response.body.pagination.page_count }}',
						requestInterval: intervalMs,
					},
				},
			},
		},
		credentials: { hiveApi: { id: credentialId, name: 'bench' } },
	};
}

function rowsOf(items: IDataObject[], viaHttpNode: boolean): IDataObject[] {
	if (!viaHttpNode) return items;
	// The HTTP Request node emits one item per page body (or the error body it met).
	return items.flatMap((page) => (Array.isArray(page.data) ? (page.data as IDataObject[]) : [page]));
}

async function timedRead(n8n: N8nClient, mock: HiveMock, node: (credentialId: string, baseUrl: string) => NodeSpec, viaHttpNode: boolean): Promise<ReadResult> {
	const credentialId = await n8n.createCredential('hiveApi', `bench ${mock.apiKey}`, { apiKey: mock.apiKey, baseUrl: mock.baseUrl });
	const spec = node(credentialId, mock.baseUrl);
	const mark = mock.log.lastSeq;
	let result: ReadResult;
	try {
		const run = await n8n.run([spec], undefined, { timeoutMs: TIMEOUT_MS });
		const rows = rowsOf(run.items, viaHttpNode);
		result = { ms: run.durationMs, rows: rows.length, distinctRows: new Set(rows.map((row) => row.id)).size, tooManyRequests: 0, status: 'success' };
	} catch (error) {
		result = { ms: Number.NaN, rows: 0, distinctRows: 0, tooManyRequests: 0, status: `failed: ${(error as Error).message.slice(0, 120)}` };
	}
	result.tooManyRequests = mock.log.since(mark).filter((entry) => entry.status === 429).length;
	return result;
}

/** Another client spent the whole window 59.5 s ago (the mock's clock is shifted), so the read starts into a 429. */
async function sharedQuotaMock(pages: number): Promise<HiveMock> {
	let offset = -59_500;
	const mock = await startHiveMock({ seed: { skus: pages * PAGE_SIZE }, apiKey: `bench-shared-${Date.now()}-0123456789`, clock: () => Date.now() + offset });
	for (let i = 0; i < 100; i++) await httpRequest(`${mock.baseUrl}/warehouses`, { headers: { Authorization: `Bearer ${mock.apiKey}` } });
	offset = 0;
	return mock;
}

function line(label: string, results: ReadResult[], minimum: number, expectedRows: number): string {
	const times = results.map((result) => result.ms).filter((ms) => Number.isFinite(ms));
	const ratio = times.length && minimum > 0 ? ` = ${(Math.min(...times) / minimum).toFixed(3)}× min … ${(Math.max(...times) / minimum).toFixed(3)}× min` : '';
	const rows = results.map((result) => `${result.distinctRows}/${expectedRows}`).join(', ');
	const statuses = [...new Set(results.map((result) => result.status))].join('; ');
	const tooMany = results.map((result) => result.tooManyRequests).join(', ');
	return `${label.padEnd(50)} ${times.length ? describeSeconds(times) : 'n/a'}${ratio} | rows ${rows} | 429s ${tooMany} | ${statuses}`;
}

export async function benchHive(n8n: N8nClient, options: HiveBenchOptions): Promise<string[]> {
	const { pages, runs } = options;
	const rows = pages * PAGE_SIZE;
	const minimum = minimumMs(pages, hiveProfile.windows);
	const ours: ReadResult[] = [];
	const theirs: ReadResult[] = [];
	for (let run = 0; run < runs; run++) {
		const mock = await freshMock(pages, `ours-${run}`);
		ours.push(await timedRead(n8n, mock, ourNode, false));
		await mock.close();
		const other = await freshMock(pages, `http-${run}`);
		theirs.push(await timedRead(n8n, other, (id, baseUrl) => httpRequestNode(id, baseUrl, 600), true));
		await other.close();
	}
	const shared = await sharedQuotaMock(pages);
	const oursShared = await timedRead(n8n, shared, ourNode, false);
	await shared.close();
	const sharedForHttp = await sharedQuotaMock(pages);
	const theirsShared = await timedRead(n8n, sharedForHttp, (id, baseUrl) => httpRequestNode(id, baseUrl, 600), true);
	await sharedForHttp.close();
	return [
		`Hive: read ${pages} pages of ${PAGE_SIZE} (${rows} SKUs) at 100 requests/min; minimum the window allows: ${(minimum / 1000).toFixed(1)} s`,
		line('  Hive node (this pack)', ours, minimum, rows),
		line('  HTTP Request node, pagination + 600 ms interval', theirs, minimum, rows),
		`Hive: the same read when another client spent the window 59.5 s earlier`,
		line('  Hive node (this pack)', [oursShared], minimum, rows),
		line('  HTTP Request node, pagination + 600 ms interval', [theirsShared], minimum, rows),
	];
}
