import { httpRequest } from '../shared';
import { HIVE_WEBHOOK_EVENTS, SIGNATURE_HEADER, type HiveWebhookEvent } from './constants';
import { signHiveWebhook } from './webhookSignature';

export interface SendHiveWebhookOptions {
	apiKey: string;
	/** Sign with a different key: the header is there but does not match (an attacker's request). */
	forge?: boolean;
	/** Leave `x-hive-signature` out altogether. */
	omitSignature?: boolean;
	/**
	 * Where the event name goes. Hive's v1 docs only say the body is the changed object, so by default the name
	 * is not sent at all ('none'); 'header' adds `x-hive-event`, 'body' adds an `event` field to the object.
	 */
	eventIn?: 'none' | 'header' | 'body';
	headers?: Record<string, string>;
}

export interface WebhookDelivery {
	status: number;
	body: unknown;
	/** Exactly what was sent, for assertions on the receiver's side. */
	rawBody: string;
	signature?: string;
}

/** POSTs one webhook the way Hive does: JSON body, signed with the API key. */
export async function sendHiveWebhook(targetUrl: string, event: HiveWebhookEvent, payload: object, options: SendHiveWebhookOptions): Promise<WebhookDelivery> {
	if (!HIVE_WEBHOOK_EVENTS.includes(event)) throw new Error(`unknown Hive webhook event "${event}"; use one of ${HIVE_WEBHOOK_EVENTS.join(', ')}`);
	const eventIn = options.eventIn ?? 'none';
	const rawBody = JSON.stringify(eventIn === 'body' ? { event, ...payload } : payload);
	const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Hive-Webhooks-Mock/1.0', ...options.headers };
	if (eventIn === 'header') headers['x-hive-event'] = event;
	let signature: string | undefined;
	if (!options.omitSignature) {
		signature = signHiveWebhook(rawBody, options.forge ? `${options.apiKey}-forged` : options.apiKey);
		headers[SIGNATURE_HEADER] = signature;
	}
	const response = await httpRequest(targetUrl, { method: 'POST', headers, body: rawBody });
	return { status: response.status, body: response.body, rawBody, signature };
}
