import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { headerValue, rawBodyOf, rejectRequest } from './rejectRequest';

/** Hive and FastComments send one object of a few kilobytes; a call this large is not theirs. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/** "application/json; charset=utf-8" → "application/json"; empty when the header is missing. */
export function mediaTypeOf(contentType: string | undefined): string {
	return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Refuses a call before its signature is computed: a body over the limit (413), or one that is not JSON (415).
 * n8n parses only `application/json` as JSON, so a signed body sent as anything else would reach the workflow as
 * text or a form, not as the object the service signed. Undefined when the call may be checked further.
 */
export function refuseUnexpectedBody(ctx: IWebhookFunctions): IWebhookResponseData | undefined {
	const rawBody = rawBodyOf(ctx);
	if (rawBody && rawBody.length > MAX_WEBHOOK_BODY_BYTES) return rejectRequest(ctx, 413, 'Payload too large');
	if (mediaTypeOf(headerValue(ctx, 'content-type')) !== 'application/json') return rejectRequest(ctx, 415, 'Content-Type must be application/json');
	return undefined;
}
