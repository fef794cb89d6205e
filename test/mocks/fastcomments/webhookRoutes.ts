import type { MockServer } from '../shared';
import { CONTROL_PREFIX } from '../shared';
import type { CommentEvent } from './commentRoutes';
import { failed, success } from './responses';
import type { FastCommentsState, WebhookSubscription } from './state';
import type { Doc } from './types';
import { sendFastCommentsWebhook } from './webhookSigning';

/** FastComments allows this many webhook subscriptions per tenant. */
export const MAX_WEBHOOKS = 50;
export const COMMENT_EVENTS: CommentEvent[] = ['comment-created', 'comment-updated', 'comment-deleted'];
/** FastComments' default HTTP method per event. */
const METHOD: Record<CommentEvent, string> = { 'comment-created': 'PUT', 'comment-updated': 'PUT', 'comment-deleted': 'DELETE' };

export interface Delivery {
	subscriptionId: string;
	event: CommentEvent;
	url: string;
	status: number;
}

/**
 * The subscription API the OpenAPI spec lacks (GET/POST /api/v1/webhooks, DELETE /api/v1/webhooks/:id), and the
 * delivery of comment events to subscribers, signed with the API secret.
 */
export function addWebhookRoutes(server: MockServer, state: FastCommentsState, apiSecret: string) {
	const deliveries: Delivery[] = [];
	server.route('GET', '/api/v1/webhooks', () => success({ webhooks: state.webhooks }));
	server.route('POST', '/api/v1/webhooks', (req) => {
		const body = (req.body ?? {}) as { url?: unknown; events?: unknown };
		if (typeof body.url !== 'string' || !/^https?:\/\//.test(body.url)) return failed('invalid-url', 'url must be an http(s) URL', 400);
		const events = Array.isArray(body.events) ? body.events : [];
		if (events.length === 0 || events.some((event) => !COMMENT_EVENTS.includes(event as CommentEvent))) {
			return failed('invalid-events', `events must list some of ${COMMENT_EVENTS.join(', ')}`, 400);
		}
		if (state.webhooks.length >= MAX_WEBHOOKS) return failed('too-many-webhooks', `A tenant can have at most ${MAX_WEBHOOKS} webhooks`);
		const webhook: WebhookSubscription = { id: state.newId('w'), url: body.url, events: events as string[], createdAt: new Date().toISOString() };
		state.webhooks.push(webhook);
		return success({ webhook });
	});
	server.route('DELETE', '/api/v1/webhooks/:id', (req) => {
		const index = state.webhooks.findIndex((webhook) => webhook.id === req.params.id);
		if (index === -1) return failed('not-found', `No webhook ${req.params.id}`, 404);
		state.webhooks.splice(index, 1);
		return success();
	});

	async function emit(event: CommentEvent, comment: Doc): Promise<Delivery[]> {
		const sent = state.webhooks.filter((webhook) => webhook.events.includes(event));
		return await Promise.all(
			sent.map(async (webhook) => {
				const answer = await sendFastCommentsWebhook(webhook.url, comment, { apiSecret, method: METHOD[event] }).catch(() => ({ status: 0 }));
				const delivery = { subscriptionId: webhook.id, event, url: webhook.url, status: answer.status };
				deliveries.push(delivery);
				return delivery;
			}),
		);
	}

	server.route('GET', `${CONTROL_PREFIX}/fastcomments/webhooks`, () => ({ status: 200, body: { webhooks: state.webhooks, deliveries } }), { control: true });
	return {
		deliveries,
		emit,
		/** Fire-and-forget, as the real service queues deliveries apart from the API call. */
		emitLater: (event: CommentEvent, comment: Doc) => void emit(event, comment),
	};
}
