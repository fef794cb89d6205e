import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/** Answers the caller itself and starts no execution. The reason is kept generic: no hint for a forger. */
export function rejectRequest(ctx: IWebhookFunctions, status: 401 | 413 | 415, reason: string): IWebhookResponseData {
	ctx.getResponseObject().status(status).json({ error: reason });
	return { noWebhookResponse: true };
}

/** The exact bytes the service signed; n8n keeps them on the request next to the parsed body. */
export function rawBodyOf(ctx: IWebhookFunctions): Buffer | undefined {
	const request = ctx.getRequestObject() as { rawBody?: unknown };
	return Buffer.isBuffer(request.rawBody) ? request.rawBody : undefined;
}

export function headerValue(ctx: IWebhookFunctions, name: string): string | undefined {
	const value = ctx.getHeaderData()[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : typeof value === 'string' ? value : undefined;
}
