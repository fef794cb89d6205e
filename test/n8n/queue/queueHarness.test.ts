import { existsSync } from 'node:fs';
import type { IDataObject } from 'n8n-workflow';
import { sendHiveWebhook, shipmentStatusUpdatedPayload, startHiveMock, type HiveMock } from '../../mocks/hive';
import type { NodeSpec } from '../harness/client';
import { readConnection } from '../harness/connection';
import { isGroupAlive } from '../harness/processGroup';
import { portIsFree } from '../harness/queue/portIsFree';
import { startQueueN8n, type QueueN8n } from '../harness/queue/startQueueN8n';
import { HIVE_NODE, HIVE_TRIGGER } from '../hive/hiveFixture';

/** Postgres, Redis, main with its migrations, two workers and a webhook process on two shared cores. */
const SETUP_TIMEOUT_MS = 300_000;

let queue: QueueN8n;
let mock: HiveMock;
let credential: { id: string; name: string };

beforeAll(async () => {
	mock = await startHiveMock({ seed: { skus: 60 } });
	// The n8n release this jest run uses (globalSetup installed it); the single n8n it started is not used here.
	queue = await startQueueN8n({ workers: 2, webhookProcess: true, n8nDir: readConnection().n8nDir });
	console.log(`[queue harness] n8n ${queue.n8nVersion} in queue mode ready in ${queue.timings.totalSetupMs} ms ${JSON.stringify(queue.timings)}`);
	const id = await queue.client.createCredential('hiveApi', 'Hive mock', { apiKey: mock.apiKey, baseUrl: mock.baseUrl });
	credential = { id, name: 'Hive mock' };
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
	await queue?.stop();
	await mock?.close();
}, 60_000);

const skuRead: () => NodeSpec = () => ({
	name: 'Hive',
	type: HIVE_NODE,
	parameters: { resource: 'sku', operation: 'getAll', returnAll: true },
	credentials: { hiveApi: credential },
});

async function expectSkuReadOnAWorker(): Promise<void> {
	const result = await queue.client.run([skuRead()]);
	expect(result.items).toHaveLength(60);
	expect(new Set(result.items.map((item: IDataObject) => item.id)).size).toBe(60);
	const execution = await result.execution();
	expect(execution.status).toBe('success');
	expect(await queue.enqueuedBy(execution.id)).toBe('webhook');
	expect(await queue.executedBy(execution.id)).toMatch(/^worker-[12]$/);
}

describe('n8n in queue mode (main, 2 workers, webhook process, own Postgres and Redis)', () => {
	test('a Hive SKU read comes back whole, put on the queue by the webhook process and run by a worker', async () => {
		await expectSkuReadOnAWorker();
	});

	test('a Hive Trigger answers through the webhook process, and a worker runs what it starts', async () => {
		const workflow = await queue.client.activateWorkflow({
			name: 'Hive Trigger in queue mode',
			nodes: [
				{ name: 'Hive Trigger', type: HIVE_TRIGGER, parameters: { events: ['shipment_status_updated'] }, credentials: { hiveApi: credential } },
				{ name: 'Received', type: 'n8n-nodes-base.noOp' },
			],
		});
		try {
			const url = workflow.webhookUrl('Hive Trigger');
			expect(url.startsWith(`${queue.webhook!.url}/webhook/`)).toBe(true);
			const payload = shipmentStatusUpdatedPayload(undefined, 'shipped') as { id: number };
			const delivery = await sendHiveWebhook(url, 'shipment_status_updated', payload, { apiKey: mock.apiKey });
			expect(delivery.status).toBe(200);
			const execution = await queue.client.waitForExecution(workflow.id, 30_000);
			expect(execution.output('Received')).toEqual([expect.objectContaining({ id: payload.id, status: 'shipped' })]);
			expect(await queue.enqueuedBy(execution.id)).toBe('webhook');
			expect(await queue.executedBy(execution.id)).toMatch(/^worker-[12]$/);
			// Main leaves production webhooks to the webhook process (N8N_DISABLE_PRODUCTION_MAIN_PROCESS).
			const viaMain = await sendHiveWebhook(url.replace(queue.webhook!.url, queue.main.url), 'shipment_status_updated', payload, { apiKey: mock.apiKey });
			expect(viaMain.status).not.toBe(200);
		} finally {
			await workflow.deactivate();
		}
	});

	test('Redis killed and restarted on its port: every process reconnects and the next read runs on a worker', async () => {
		await queue.redis.kill();
		expect(queue.redis.isRunning()).toBe(false);
		// Within n8n's QUEUE_BULL_REDIS_TIMEOUT_THRESHOLD (10 s), after which its processes exit.
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		await queue.redis.restart();
		await expectSkuReadOnAWorker();
		expect(queue.processes.filter((each) => !isGroupAlive(each.pid)).map((each) => each.name)).toEqual([]);
	});

	test('stop() ends every process and frees every port and folder', async () => {
		const groups = [...queue.processes.map((each) => each.pid), queue.postgres.pid, queue.redis.pid()];
		const ports = [...queue.processes.flatMap((each) => each.ports), queue.postgres.port, queue.redis.port];
		const folders = [queue.main.userFolder, queue.postgres.dir, queue.redis.dir];
		const since = Date.now();
		const timings = await queue.stop();
		console.log(`[queue harness] stopped in ${Date.now() - since} ms ${JSON.stringify(timings)}`);
		expect(groups.filter(isGroupAlive)).toEqual([]);
		const taken = (await Promise.all(ports.map(async (port) => ((await portIsFree(port)) ? undefined : port)))).filter(Boolean);
		expect(taken).toEqual([]);
		if (process.env.KEEP_N8N !== '1') expect(folders.filter((folder) => existsSync(folder))).toEqual([]);
	}, 60_000);
});
