export { startHiveMock, type HiveMock, type HiveMockOptions } from './startHiveMock';
export { signHiveWebhook } from './webhookSignature';
export { sendHiveWebhook, type SendHiveWebhookOptions, type WebhookDelivery } from './sendHiveWebhook';
export {
	deliveryStatusUpdatedPayload,
	exampleHiveWebhookPayload,
	restockingShipmentStatusUpdatedPayload,
	returnStatusUpdatedPayload,
	shipmentStatusUpdatedPayload,
} from './webhookPayloads';
export { createHiveState, DEFAULT_SEED_COUNTS } from './hiveState';
export {
	AUTHENTICATION_REQUIRED,
	BULK_UPSERT_MAX,
	DEFAULT_HIVE_API_KEY,
	HIVE_BASE_PATH,
	HIVE_PAGE_SIZE,
	HIVE_RATE_LIMIT,
	HIVE_WEBHOOK_EVENTS,
	SIGNATURE_HEADER,
	type HiveWebhookEvent,
} from './constants';
export * from './types';
