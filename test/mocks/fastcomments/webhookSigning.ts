import { createHmac } from 'node:crypto';
import { httpRequest, type HttpResult } from '../shared';

export interface SignedCall {
	/** Unix time in seconds, as FastComments' comment webhooks send it. */
	timestamp: string;
	signature: string;
}

/** `sha256=<hex>` of HMAC-SHA256(apiSecret, timestamp + "." + raw body), as FastComments documents it. */
export function signFastCommentsWebhook(rawBody: string, apiSecret: string, timestamp: string): string {
	return `sha256=${createHmac('sha256', apiSecret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

export interface SendOptions {
	apiSecret: string;
	method?: string;
	/** Seconds since the epoch; default now. */
	timestampSeconds?: number;
	/** Sign with another secret (a forgery). */
	forgeWith?: string;
	omitSignature?: boolean;
	omitTimestamp?: boolean;
}

/** Sends one comment webhook call the way FastComments does (JSON body, token header, signature headers). */
export async function sendFastCommentsWebhook(url: string, comment: Record<string, unknown>, options: SendOptions): Promise<HttpResult> {
	const rawBody = JSON.stringify(comment);
	const timestamp = String(options.timestampSeconds ?? Math.floor(Date.now() / 1000));
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (!options.omitTimestamp) headers['x-fastcomments-timestamp'] = timestamp;
	if (!options.omitSignature) headers['x-fastcomments-signature'] = signFastCommentsWebhook(rawBody, options.forgeWith ?? options.apiSecret, timestamp);
	return await httpRequest(url, { method: options.method ?? 'POST', headers, body: rawBody });
}
