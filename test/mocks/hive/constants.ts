/** Where Hive's v1 API lives under the host (the real one is https://app.hive.app/merchant_api/v1). */
export const HIVE_BASE_PATH = '/merchant_api/v1';

/** A fixed, obviously fake key so tests and the sandbox agree without configuration. */
export const DEFAULT_HIVE_API_KEY = 'hive-mock-key-0123456789abcdef';

/** Hive's documented limit: 100 requests per minute. */
export const HIVE_RATE_LIMIT = { limit: 100, windowMs: 60_000 };

export const HIVE_PAGE_SIZE = 25;

/** Hive's documented body for a missing or wrong API key. */
export const AUTHENTICATION_REQUIRED = 'authentication required';

/** Hive's documented first message for a malformed request. */
export const BAD_REQUEST = 'bad request';

/** Hive accepts at most this many SKUs in one bulk upsert. */
export const BULK_UPSERT_MAX = 100;

/** Restocking shipments may only be replaced (PUT) in these states. */
export const EDITABLE_RESTOCKING_STATUSES = ['created', 'shipped'] as const;

export const HIVE_WEBHOOK_EVENTS = ['delivery_status_updated', 'shipment_status_updated', 'restocking_shipment_status_updated', 'return_status_updated'] as const;
export type HiveWebhookEvent = (typeof HIVE_WEBHOOK_EVENTS)[number];

export const SIGNATURE_HEADER = 'x-hive-signature';
