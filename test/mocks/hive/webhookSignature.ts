import { createHmac } from 'node:crypto';

/** Hive's `x-hive-signature`: hex HMAC-SHA256 of the raw request body, keyed with the merchant's API key. */
export function signHiveWebhook(rawBody: string | Buffer, apiKey: string): string {
	return createHmac('sha256', apiKey).update(rawBody).digest('hex');
}
