import { NodeOperationError, type IDataObject, type IHookFunctions } from 'n8n-workflow';
import { asNodeError } from '../../shared/errors/asNodeError';
import type { ApiClient } from '../../shared/transport/apiClient';
import { defaultClient } from '../../shared/transport/executionClients';
import { fastCommentsProfile } from '../transport/fastCommentsProfile';
import type { CommentEvent } from './commentEvents';

/** FastComments allows this many webhook subscriptions per tenant. */
export const MAX_WEBHOOKS_PER_TENANT = 50;

export interface StoredSubscription {
	id: string;
	event: CommentEvent;
	url: string;
}

interface RemoteWebhook {
	id: string;
	url: string;
}

/** The URL FastComments calls for one event: the trigger's URL, naming the event (the payload does not). */
export function subscriptionUrl(webhookUrl: string, event: CommentEvent): string {
	return `${webhookUrl}${webhookUrl.includes('?') ? '&' : '?'}event=${event}`;
}

function idOf(record: IDataObject | undefined): string | undefined {
	const id = record?.id ?? record?._id;
	return typeof id === 'string' && id !== '' ? id : undefined;
}

async function listWebhooks(client: ApiClient): Promise<RemoteWebhook[]> {
	const { body } = await client.send({ method: 'GET', path: '/api/v1/webhooks' });
	const list = (body as IDataObject)?.webhooks;
	if (!Array.isArray(list)) return [];
	return (list as IDataObject[]).flatMap((webhook) => {
		const id = idOf(webhook);
		return id && typeof webhook.url === 'string' ? [{ id, url: webhook.url }] : [];
	});
}

/** Whether every subscription this node made still exists at FastComments, for the events now chosen. */
export async function subscriptionsExist(ctx: IHookFunctions, stored: StoredSubscription[], wanted: CommentEvent[], webhookUrl: string): Promise<boolean> {
	if (stored.length !== wanted.length || wanted.some((event) => !stored.some((entry) => entry.event === event && entry.url === subscriptionUrl(webhookUrl, event)))) {
		return false;
	}
	const remote = await listWebhooks(await defaultClient(ctx, fastCommentsProfile));
	return stored.every((entry) => remote.some((webhook) => webhook.id === entry.id && webhook.url === entry.url));
}

/**
 * Subscribes each chosen event, reusing a subscription that already points at the same URL (a previous activation
 * that was not cleaned up). Checks the 50-per-tenant limit before creating anything.
 */
export async function subscribe(ctx: IHookFunctions, events: CommentEvent[], webhookUrl: string): Promise<StoredSubscription[]> {
	const client = await defaultClient(ctx, fastCommentsProfile);
	const remote = await listWebhooks(client);
	const plan = events.map((event) => ({ event, url: subscriptionUrl(webhookUrl, event), existing: remote.find((webhook) => webhook.url === subscriptionUrl(webhookUrl, event)) }));
	const missing = plan.filter((entry) => !entry.existing);
	if (remote.length + missing.length > MAX_WEBHOOKS_PER_TENANT) {
		throw new NodeOperationError(
			ctx.getNode(),
			`FastComments allows ${MAX_WEBHOOKS_PER_TENANT} webhook subscriptions per tenant; ${remote.length} exist and this trigger needs ${missing.length} more`,
			{ description: 'Delete subscriptions you no longer use (FastComments → Manage Data → Webhooks), then activate the workflow again.' },
		);
	}
	const stored: StoredSubscription[] = [];
	for (const entry of plan) {
		let id = entry.existing?.id;
		if (!id) {
			const { body } = await client.send({ method: 'POST', path: '/api/v1/webhooks', body: { url: entry.url, events: [entry.event] } });
			const answer = body as IDataObject;
			id = idOf(answer?.webhook as IDataObject) ?? idOf(answer);
			if (!id) throw new NodeOperationError(ctx.getNode(), 'FastComments accepted the webhook subscription but returned no id');
		}
		stored.push({ id, event: entry.event, url: entry.url });
	}
	return stored;
}

/** Removes this node's subscriptions; one already gone (404) is fine. */
export async function unsubscribe(ctx: IHookFunctions, stored: StoredSubscription[]): Promise<void> {
	const client = await defaultClient(ctx, fastCommentsProfile);
	for (const entry of stored) {
		try {
			await client.send({ method: 'DELETE', path: `/api/v1/webhooks/${encodeURIComponent(entry.id)}` });
		} catch (error) {
			if ((error as { httpCode?: unknown }).httpCode !== '404') throw asNodeError(ctx.getNode(), error);
		}
	}
}
