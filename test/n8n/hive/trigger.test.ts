import { sendHiveWebhook, shipmentStatusUpdatedPayload, returnStatusUpdatedPayload } from '../../mocks/hive';
import type { ActiveWorkflow } from '../harness/client';
import { HIVE_TRIGGER, hiveWorld, type HiveWorld } from './hiveFixture';

let world: HiveWorld;
let workflow: ActiveWorkflow;
let url: string;

beforeAll(async () => {
	world = await hiveWorld();
	workflow = await world.n8n.activateWorkflow({
		name: 'Hive Trigger test',
		nodes: [
			{
				name: 'Hive Trigger',
				type: HIVE_TRIGGER,
				typeVersion: 1,
				parameters: { events: ['shipment_status_updated', 'delivery_status_updated'] },
				credentials: { hiveApi: world.credential },
			},
			{ name: 'Received', type: 'n8n-nodes-base.noOp' },
		],
	});
	url = workflow.webhookUrl('Hive Trigger');
});
afterAll(async () => {
	await workflow.deactivate();
	await world.mock.close();
});

const executions = async () => (await world.n8n.listExecutions(workflow.id)).length;

describe('Hive Trigger in a real n8n', () => {
	test('a call signed with the API key starts one execution that carries the shipment', async () => {
		const before = await executions();
		const payload = shipmentStatusUpdatedPayload(undefined, 'shipped');
		const delivery = await sendHiveWebhook(url, 'shipment_status_updated', payload, { apiKey: world.mock.apiKey });
		expect(delivery.status).toBe(200);
		await world.n8n.waitForExecutions(workflow.id, before + 1);
		const execution = await world.n8n.waitForExecution(workflow.id);
		expect(execution.output('Received')).toEqual([expect.objectContaining({ id: (payload as { id: number }).id, status: 'shipped' })]);
	});

	test('the event name, when a call carries one, is added to the item', async () => {
		const before = await executions();
		await sendHiveWebhook(url, 'delivery_status_updated', shipmentStatusUpdatedPayload(), { apiKey: world.mock.apiKey, eventIn: 'header' });
		await world.n8n.waitForExecutions(workflow.id, before + 1);
		expect((await world.n8n.waitForExecution(workflow.id)).output('Received')[0].event).toBe('delivery_status_updated');
	});

	test('forged, unsigned and tampered calls get 401 and start nothing', async () => {
		const before = await executions();
		const payload = shipmentStatusUpdatedPayload();
		const forged = await sendHiveWebhook(url, 'shipment_status_updated', payload, { apiKey: world.mock.apiKey, forge: true });
		const unsigned = await sendHiveWebhook(url, 'shipment_status_updated', payload, { apiKey: world.mock.apiKey, omitSignature: true });
		const body = JSON.stringify(payload);
		const signed = await sendHiveWebhook(url, 'shipment_status_updated', payload, { apiKey: world.mock.apiKey });
		const tampered = await world.n8n.post(url, body.replace('"status"', '"status" '), { 'content-type': 'application/json', 'x-hive-signature': signed.signature! });
		expect([forged.status, unsigned.status, tampered.status]).toEqual([401, 401, 401]);
		expect(signed.status).toBe(200);
		await world.n8n.waitForExecutions(workflow.id, before + 1);
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(await executions()).toBe(before + 1);
	});

	test('a signed call for an event not chosen is acknowledged and starts nothing', async () => {
		const before = await executions();
		const delivery = await sendHiveWebhook(url, 'return_status_updated', returnStatusUpdatedPayload(), { apiKey: world.mock.apiKey, eventIn: 'body' });
		expect(delivery.status).toBe(200);
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(await executions()).toBe(before);
	});
});
