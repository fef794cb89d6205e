import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { sendFastCommentsWebhook, startFastCommentsMock } from '../../mocks/fastcomments';
import { MOCK_API, startFasterForwardMock } from '../../mocks/fasterforward';
import { startForstaMock } from '../../mocks/forsta';
import { startHiveMock } from '../../mocks/hive';
import { HIVE_PAGE_SIZE } from '../../mocks/hive/constants';
import { httpRequest } from '../../mocks/shared';
import type { NodeSpec, RunResult } from '../harness/client';
import { readConnection } from '../harness/connection';
import { startQueueN8n, type QueueN8n } from '../harness/queue/startQueueN8n';

/**
 * Queue mode with the pack's state in n8n's Redis: three workers read through one credential at once and the
 * services see one client (no 429, one token grant), a signed webhook copy is refused by the other process, and a
 * Redis crash mid-read loses nothing. Each case can fail: without the shared store every worker counts alone.
 */
const SETUP_TIMEOUT_MS = 300_000;
const WORKERS = 3;
const closers: Array<() => Promise<unknown>> = [];
let queue: QueueN8n;

beforeAll(async () => {
	queue = await startQueueN8n({
		workers: WORKERS,
		webhookProcess: true,
		n8nDir: readConnection().n8nDir,
		env: {
			// One job per worker at a time, so reads started together run on different workers.
			N8N_CONCURRENCY_PRODUCTION_LIMIT: '1',
			// Main serves production webhooks too: a copy of a signed call can then reach a second process.
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'false',
			// n8n's processes give up on Redis after this long; the crash case keeps Redis away for a few seconds.
			QUEUE_BULL_REDIS_TIMEOUT_THRESHOLD: '30000',
		},
	});
	console.log(`[queue] n8n ${queue.n8nVersion}, ${WORKERS} workers and a webhook process ready in ${queue.timings.totalSetupMs} ms`);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
	// A workflow left active is stopped with n8n anyway; a failed close must not hide the test's own result.
	await Promise.all(closers.map(async (close) => await close().catch((error: Error) => console.log(`[queue] clean-up: ${error.message}`))));
	await queue?.stop();
}, 60_000);

async function credential(type: string, data: IDataObject): Promise<{ id: string; name: string }> {
	const name = `${type} ${Object.values(data).join(' ').slice(0, 40)}`;
	return { id: await queue.client.createCredential(type, name, data), name };
}

/** Runs `count` copies of a one-node workflow at once; returns each result and the workers that ran them. */
async function runTogether(node: NodeSpec, count: number, timeoutMs: number): Promise<{ results: RunResult[]; workers: Set<string> }> {
	const results = await Promise.all(Array.from({ length: count }, async () => await queue.client.run([node], undefined, { timeoutMs })));
	const workers = await Promise.all(results.map(async (result) => await queue.executedBy((await result.execution()).id)));
	return { results, workers: new Set(workers.filter((worker): worker is string => worker !== undefined)) };
}

/** A Forsta mock with `pages` pages of 10 responses, a credential for it, and the node reading them all. */
async function forstaSurveyRead(pages: number) {
	const mock = await startForstaMock({ seed: { responses: pages * 10 } });
	closers.push(() => mock.close());
	const forsta = await credential('forstaApi', { site: 'custom', apiUrl: mock.url, identityUrl: mock.url, clientId: mock.clientId, clientSecret: mock.clientSecret, scope: 'pub.surveys' });
	const node: NodeSpec = {
		name: 'Forsta',
		type: 'n8n-nodes-service-pack.forsta',
		parameters: { resource: 'response', operation: 'getData', survey: { __rl: true, mode: 'id', value: 'p1000001' }, returnAll: true, readMode: 'pages', pageSize: 10, dataOptions: {} } as INodeParameters,
		credentials: { forstaApi: forsta },
	};
	return { mock, node };
}

const distinct = (items: IDataObject[], key: string) => new Set(items.map((item) => item[key])).size;

describe('queue mode: one credential, three workers, one set of limits (the pack\'s state in n8n\'s Redis)', () => {
	test('Forsta: 3 × 120 pages at once on three workers: every row, no request refused, one token grant', async () => {
		const pages = 120;
		const { mock, node } = await forstaSurveyRead(pages);
		const started = Date.now();
		const { results, workers } = await runTogether(node, WORKERS, 180_000);
		const tookMs = Date.now() - started;
		console.log(`[queue] Forsta 3 × ${pages} pages on ${[...workers].join(', ')}: ${tookMs} ms (minimum ${(3 * pages) / 20} s), ${mock.stats.throttled.surveys ?? 0} refused, ${mock.tokens.issued} token grant(s)`);
		expect(workers.size).toBeGreaterThanOrEqual(2);
		for (const result of results) expect(distinct(result.items, 'responseid')).toBe(pages * 10);
		expect(mock.stats.throttled.surveys ?? 0).toBe(0);
		expect(mock.tokens.issued).toBe(1);
	}, 240_000);

	test('Hive: 3 × 40 pages at once (120 requests > 100 per minute): every SKU, no 429', async () => {
		const pages = 40;
		const mock = await startHiveMock({ seed: { skus: pages * HIVE_PAGE_SIZE }, apiKey: `queue-hive-${Date.now()}-0123456789` });
		closers.push(() => mock.close());
		const hive = await credential('hiveApi', { apiKey: mock.apiKey, baseUrl: mock.baseUrl });
		const node: NodeSpec = { name: 'Hive', type: 'n8n-nodes-service-pack.hive', parameters: { resource: 'sku', operation: 'getAll', returnAll: true }, credentials: { hiveApi: hive } };
		const { results, workers } = await runTogether(node, WORKERS, 240_000);
		const refused = mock.log.entries.filter((entry) => entry.status === 429).length;
		console.log(`[queue] Hive 3 × ${pages} pages on ${[...workers].join(', ')}: ${refused} × 429`);
		expect(workers.size).toBeGreaterThanOrEqual(2);
		for (const result of results) expect(distinct(result.items, 'id')).toBe(pages * HIVE_PAGE_SIZE);
		expect(refused).toBe(0);
	}, 300_000);

	test('Faster Forward: three calls at once on three workers share one token grant', async () => {
		const mock = await startFasterForwardMock();
		closers.push(() => mock.close());
		const { clientId, clientSecret } = mock.client;
		const ff = await credential('fasterForwardApi', { domain: mock.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: 'dossiers', clientAuthentication: 'body' });
		const parameters: INodeParameters = { resource: 'apiRequest', operation: 'send', method: 'GET', path: `${MOCK_API}/whoami`, query: '{}', paging: 'none' };
		const { results, workers } = await runTogether({ name: 'Faster Forward', type: 'n8n-nodes-service-pack.fasterForward', parameters, credentials: { fasterForwardApi: ff } }, WORKERS, 60_000);
		const { issued } = mock.tokens;
		console.log(`[queue] Faster Forward on ${[...workers].join(', ')}: ${issued.client_credentials + issued.password + issued.refresh_token} token grant(s)`);
		expect(results.every((result) => result.items.length === 1)).toBe(true);
		expect(issued.client_credentials + issued.password + issued.refresh_token).toBe(1);
	}, 120_000);

	test('a Hive read of another app on the same key keeps getting through while a Return All runs', async () => {
		// More than a minute's quota: the pack has to wait for room, which is where it could crowd the other app out.
		const pages = 120;
		const mock = await startHiveMock({ seed: { skus: pages * HIVE_PAGE_SIZE }, apiKey: `queue-shared-${Date.now()}-0123456789` });
		closers.push(() => mock.close());
		const hive = await credential('hiveApi', { apiKey: mock.apiKey, baseUrl: mock.baseUrl });
		const node: NodeSpec = { name: 'Hive', type: 'n8n-nodes-service-pack.hive', parameters: { resource: 'sku', operation: 'getAll', returnAll: true }, credentials: { hiveApi: hive } };
		// The other app: one request every 1.5 s with the same key, from before the read until after it.
		const otherApp: number[] = [];
		let reading = true;
		const other = (async () => {
			while (reading) {
				const answer = await httpRequest(`${mock.baseUrl}/warehouses`, { headers: { authorization: `Bearer ${mock.apiKey}` } });
				otherApp.push(answer.status);
				await new Promise((resolve) => setTimeout(resolve, 1_500));
			}
		})();
		await new Promise((resolve) => setTimeout(resolve, 4_000));
		const otherBefore = otherApp.length;
		const started = Date.now();
		const read = await queue.client.run([node], undefined, { timeoutMs: 360_000 });
		const tookMs = Date.now() - started;
		reading = false;
		await other;
		const through = otherApp.filter((status) => status === 200).length;
		const ownPages = mock.log.entries.filter((entry) => entry.path.endsWith('/skus'));
		const perTenSeconds = new Map<number, number>();
		for (const entry of ownPages) perTenSeconds.set(Math.floor((Date.parse(entry.time) - started) / 10_000), (perTenSeconds.get(Math.floor((Date.parse(entry.time) - started) / 10_000)) ?? 0) + 1);
		console.log(`[queue] the pack's pages per 10 s: ${[...perTenSeconds.entries()].map(([bucket, n]) => `${bucket * 10}s:${n}`).join(' ')}`);
		// What the key leaves the pack: at once, 100 less what the other app had sent; then 60 a minute (100 less the
		// other app's 40), from when the first minute's requests expire.
		const fairMs = 60_000 + ((pages - (100 - otherBefore)) / 60) * 60_000;
		console.log(`[queue] other app: ${through}/${otherApp.length} through; the pack's ${pages} pages took ${tookMs} ms (${(tookMs / fairMs).toFixed(2)}× what the rest of the quota allows)`);
		expect(distinct(read.items, 'id')).toBe(pages * HIVE_PAGE_SIZE);
		expect(through / otherApp.length).toBeGreaterThanOrEqual(0.95);
	}, 420_000);
});

describe('queue mode: webhook replay memory shared by every process', () => {
	test('a signed FastComments call accepted by the webhook process is refused when its copy reaches main', async () => {
		const mock = await startFastCommentsMock({ seed: { comments: 1 } });
		closers.push(() => mock.close());
		const fastComments = await credential('fastCommentsApi', { apiKey: mock.apiKey, tenantId: mock.tenantId, region: 'custom', baseUrl: mock.baseUrl, apiSecret: mock.apiSecret });
		const workflow = await queue.client.activateWorkflow({
			nodes: [{ name: 'FastComments Trigger', type: 'n8n-nodes-service-pack.fastCommentsTrigger', parameters: { events: ['comment-created'] }, credentials: { fastCommentsApi: fastComments } }],
		});
		const url = `${workflow.webhookUrl('FastComments Trigger')}?event=comment-created`;
		const viaMain = url.replace(queue.webhook!.url, queue.main.url);
		const comment = { id: 'c-queue-1', urlId: 'article-1', commenterName: 'Grace', comment: 'Once only', date: '2025-01-06T09:00:00.000Z' };
		const timestampSeconds = Math.floor(Date.now() / 1000);
		const first = await sendFastCommentsWebhook(url, comment, { apiSecret: mock.apiSecret, method: 'PUT', timestampSeconds });
		const copy = await sendFastCommentsWebhook(viaMain, comment, { apiSecret: mock.apiSecret, method: 'PUT', timestampSeconds });
		// Main does serve production webhooks here: a new call reaches it and runs.
		const fresh = await sendFastCommentsWebhook(viaMain, { ...comment, id: 'c-queue-2' }, { apiSecret: mock.apiSecret, method: 'PUT' });
		expect([first.status, copy.status, fresh.status]).toEqual([200, 401, 200]);
		const executions = await queue.client.waitForExecutions(workflow.id, 2);
		await new Promise((resolve) => setTimeout(resolve, 2_000));
		expect((await queue.client.listExecutions(workflow.id)).length).toBe(executions.length);
		expect(executions).toHaveLength(2);
		await workflow.deactivate();
	}, 120_000);
});

describe('queue mode: Redis goes away mid-read', () => {
	test('a Forsta read goes on through a Redis crash and restart: every row, no request refused', async () => {
		const pages = 200;
		const { mock, node } = await forstaSurveyRead(pages);
		const read = queue.client.run([node], undefined, { timeoutMs: 120_000 });
		// Once the read is under way (a third of its pages), Redis crashes; it is back 3 s later, within the 10 s
		// after which n8n's own processes give up on it.
		while (mock.log.entries.filter((entry) => entry.path.endsWith('/responses/data')).length < pages / 3) await new Promise((resolve) => setTimeout(resolve, 50));
		await queue.redis.kill();
		await new Promise((resolve) => setTimeout(resolve, 3_000));
		await queue.redis.restart();
		const result = await read;
		expect(distinct(result.items, 'responseid')).toBe(pages * 10);
		expect(mock.stats.throttled.surveys ?? 0).toBe(0);
		const worker = await queue.executedBy((await result.execution()).id);
		const log = queue.processes.find((each) => each.name === worker)?.logPath;
		const { readFileSync } = await import('node:fs');
		const said = log ? readFileSync(log, 'utf8') : '';
		expect(said).toContain('cannot be reached: each n8n process now keeps a conservative share');
		expect(said.split('cannot be reached: each n8n process').length - 1).toBe(1);
	}, 180_000);
});
