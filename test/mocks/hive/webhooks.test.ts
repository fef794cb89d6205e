import { startMockServer, type MockRequest, type MockServer } from '../shared';
import { HIVE_WEBHOOK_EVENTS } from './constants';
import { createHiveState } from './hiveState';
import { sendHiveWebhook } from './sendHiveWebhook';
import { deliveryStatusUpdatedPayload, exampleHiveWebhookPayload, returnStatusUpdatedPayload } from './webhookPayloads';
import { signHiveWebhook } from './webhookSignature';

describe('signHiveWebhook', () => {
	it('is the hex HMAC-SHA256 of the raw body keyed with the API key (RFC 4231 test case 2)', () => {
		expect(signHiveWebhook('what do ya want for nothing?', 'Jefe')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
	});

	it('depends on every byte of the body and on the key', () => {
		const body = '{"id":1,"status":"shipped"}';
		expect(signHiveWebhook(body, 'k')).not.toBe(signHiveWebhook(`${body} `, 'k'));
		expect(signHiveWebhook(body, 'k')).not.toBe(signHiveWebhook(body, 'K'));
		expect(signHiveWebhook(Buffer.from(body), 'k')).toBe(signHiveWebhook(body, 'k'));
	});
});

describe('sendHiveWebhook', () => {
	let receiver: MockServer;
	let received: MockRequest[];
	beforeEach(async () => {
		received = [];
		receiver = await startMockServer();
		receiver.route('POST', '/hook', (req) => {
			received.push(req);
			return { status: 200, body: { received: true } };
		});
	});
	afterEach(() => receiver.close());

	it('POSTs the object as JSON with a matching x-hive-signature', async () => {
		const payload = deliveryStatusUpdatedPayload();
		const delivery = await sendHiveWebhook(`${receiver.url}/hook`, 'delivery_status_updated', payload, { apiKey: 'key-1' });
		expect(delivery).toMatchObject({ status: 200, body: { received: true } });
		const req = received[0];
		expect(req.headers['content-type']).toBe('application/json');
		expect(req.rawBody).toBe(delivery.rawBody);
		expect(req.body).toEqual(payload);
		expect(req.headers['x-hive-signature']).toBe(signHiveWebhook(req.rawBody, 'key-1'));
		expect(req.headers['x-hive-event']).toBeUndefined();
	});

	it('can forge or omit the signature', async () => {
		await sendHiveWebhook(`${receiver.url}/hook`, 'shipment_status_updated', { id: 1 }, { apiKey: 'key-1', forge: true });
		await sendHiveWebhook(`${receiver.url}/hook`, 'shipment_status_updated', { id: 1 }, { apiKey: 'key-1', omitSignature: true });
		expect(received[0].headers['x-hive-signature']).toMatch(/^[0-9a-f]{64}$/);
		expect(received[0].headers['x-hive-signature']).not.toBe(signHiveWebhook(received[0].rawBody, 'key-1'));
		expect(received[1].headers['x-hive-signature']).toBeUndefined();
	});

	it('names the event in a header or in the body only when asked', async () => {
		await sendHiveWebhook(`${receiver.url}/hook`, 'return_status_updated', { id: 9 }, { apiKey: 'k', eventIn: 'header' });
		await sendHiveWebhook(`${receiver.url}/hook`, 'return_status_updated', { id: 9 }, { apiKey: 'k', eventIn: 'body' });
		expect(received[0].headers['x-hive-event']).toBe('return_status_updated');
		expect(received[1].body).toEqual({ event: 'return_status_updated', id: 9 });
		expect(received[1].headers['x-hive-signature']).toBe(signHiveWebhook(received[1].rawBody, 'k'));
	});

	it('refuses an event Hive does not send', async () => {
		await expect(sendHiveWebhook(`${receiver.url}/hook`, 'order_created' as never, {}, { apiKey: 'k' })).rejects.toThrow(/unknown Hive webhook event/);
	});
});

describe('webhook payload builders', () => {
	it('give each event the documented object', () => {
		const shipmentKeys = ['id', 'order_id', 'merchant_order_id', 'status', 'delivery_status', 'items', 'shipped_at', 'delivered_at', 'shipment_provider'];
		for (const event of HIVE_WEBHOOK_EVENTS) expect(exampleHiveWebhookPayload(event)).toHaveProperty('id');
		for (const key of shipmentKeys) expect(exampleHiveWebhookPayload('shipment_status_updated')).toHaveProperty(key);
		expect(exampleHiveWebhookPayload('delivery_status_updated')).toMatchObject({ delivery_status: 'Delivered', delivered_at: expect.any(String) });
		expect(exampleHiveWebhookPayload('restocking_shipment_status_updated')).toMatchObject({ barcode: expect.stringMatching(/^RS\./), status: 'delivered', restocking_shipment_items: expect.any(Array) });
		expect(exampleHiveWebhookPayload('return_status_updated')).toMatchObject({ status: 'arrived', order: { id: expect.any(Number), merchant_order_id: expect.any(String) } });
	});

	it('start from a given object without changing it', () => {
		const state = createHiveState();
		const original = state.returns[0];
		const payload = returnStatusUpdatedPayload(original, 'handling_completed');
		expect(payload).toMatchObject({ id: original.id, status: 'handling_completed' });
		expect(original.status).not.toBe('handling_completed');
		expect(deliveryStatusUpdatedPayload(state.shipments[1], 'In transit')).toMatchObject({ id: state.shipments[1].id, delivery_status: 'In transit', delivered_at: null });
	});
});
