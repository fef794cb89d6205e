import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { refuseUnexpectedBody } from '../shared/webhook/bodyChecks';
import { headerValue, rawBodyOf, rejectRequest } from '../shared/webhook/rejectRequest';
import { isReplayedCall } from '../shared/webhook/replayCheck';
import { COMMENT_EVENTS, eventOfCall, type CommentEvent } from './trigger/commentEvents';
import { isAuthenticCall, REPLAY_MEMORY_MS } from './trigger/verifySignature';
import { subscribe, subscriptionsExist, unsubscribe, type StoredSubscription } from './trigger/webhookSubscriptions';
import { jsonItems } from '../shared/operations/outputItems';
import { FASTCOMMENTS_PANEL_DESCRIPTION } from './fastCommentsSummary';

function chosenEvents(ctx: IHookFunctions | IWebhookFunctions): CommentEvent[] {
	return ctx.getNodeParameter('events', []) as CommentEvent[];
}

export class FastCommentsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'FastComments Trigger',
		name: 'fastCommentsTrigger',
		icon: { light: 'file:fastcomments.svg', dark: 'file:fastcomments.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: FASTCOMMENTS_PANEL_DESCRIPTION,
		defaults: { name: 'FastComments Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fastCommentsApi', required: true }],
		// FastComments sends creations and updates as PUT or POST and deletions as DELETE, POST or PUT.
		webhooks: [{ name: 'default', httpMethod: 'POST,PUT,DELETE', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Activating the workflow subscribes this URL at FastComments (one subscription per event; 50 per tenant at most) and deactivating removes them. The credential needs the API Secret: calls without a valid signature, signed more than 5 minutes ago or sent again, and bodies that are not JSON or larger than 1 MB are refused (401, 415, 413) and start nothing.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: COMMENT_EVENTS.map(({ name, value, description }) => ({ name, value, description })),
				default: ['comment-created', 'comment-updated', 'comment-deleted'],
				description: 'Comment events that start the workflow',
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const stored = (this.getWorkflowStaticData('node').subscriptions ?? []) as StoredSubscription[];
				if (stored.length === 0) return false;
				return await subscriptionsExist(this, stored, chosenEvents(this), this.getNodeWebhookUrl('default') ?? '');
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const credentials = await this.getCredentials('fastCommentsApi');
				if (!credentials.apiSecret) {
					throw new NodeOperationError(this.getNode(), 'The FastComments credential has no API Secret', {
						description: 'The trigger needs it to check that calls really come from FastComments. Add it from FastComments → My Account → API/SSO.',
					});
				}
				const data = this.getWorkflowStaticData('node');
				const previous = (data.subscriptions ?? []) as StoredSubscription[];
				// Events or URL changed since the last activation: drop what is no longer wanted first.
				if (previous.length) await unsubscribe(this, previous);
				data.subscriptions = await subscribe(this, chosenEvents(this), this.getNodeWebhookUrl('default') ?? '');
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				const stored = (data.subscriptions ?? []) as StoredSubscription[];
				if (stored.length) await unsubscribe(this, stored);
				delete data.subscriptions;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const unexpected = refuseUnexpectedBody(this);
		if (unexpected) return unexpected;
		const credentials = await this.getCredentials('fastCommentsApi');
		const signature = headerValue(this, 'x-fastcomments-signature') ?? '';
		const now = Date.now();
		const authentic = isAuthenticCall({
			secret: String(credentials.apiSecret ?? ''),
			timestamp: headerValue(this, 'x-fastcomments-timestamp'),
			signature,
			rawBody: rawBodyOf(this),
			now,
		});
		if (!authentic) return rejectRequest(this, 401, 'Invalid, missing or expired signature');
		// A signed call is good once: sent again while its timestamp is fresh, to this URL or another event's, it is a
		// replay (the event is not signed; the subscription's URL names it).
		if (await isReplayedCall(this, credentials, signature.trim().toLowerCase(), now, REPLAY_MEMORY_MS)) {
			return rejectRequest(this, 401, 'Invalid, missing or expired signature');
		}

		const request = this.getRequestObject();
		const event = eventOfCall(this.getQueryData() as IDataObject, headerValue(this, 'x-fastcomments-event'), request.method);
		if (event && !chosenEvents(this).includes(event)) return { webhookResponse: { received: true } };
		const body = this.getBodyData() as IDataObject;
		return { workflowData: [jsonItems({ event: event ?? null, ...body })] };
	}
}
