import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { refuseUnexpectedBody } from '../shared/webhook/bodyChecks';
import { headerValue, rawBodyOf, rejectRequest } from '../shared/webhook/rejectRequest';
import { hmacSha256Hex, signatureMatches } from '../shared/webhook/signature';
import { hiveEventOf, HIVE_EVENTS } from './hiveEvents';
import { jsonItems } from '../shared/operations/outputItems';
import { HIVE_PANEL_DESCRIPTION } from './hiveSummary';

export class HiveTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hive Trigger',
		name: 'hiveTrigger',
		icon: { light: 'file:hive.svg', dark: 'file:hive.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: HIVE_PANEL_DESCRIPTION,
		defaults: { name: 'Hive Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hiveApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Hive has no API for webhook subscriptions: give the Production URL above to your Hive account manager. Hive signs each call with your API key; calls without a valid signature, and bodies that are not JSON or larger than 1 MB, are refused (401, 415, 413) and start nothing. Hive signs no time or delivery ID, so a signed call sent again runs again: make the workflow safe to run twice for the same status.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: HIVE_EVENTS.map(({ name, value, description }) => ({ name, value, description })),
				default: ['delivery_status_updated', 'restocking_shipment_status_updated', 'return_status_updated', 'shipment_status_updated'],
				description: 'Events that start the workflow; others are acknowledged and ignored',
			},
		],
	};

	/**
	 * Hive v1 has no subscription API: the account manager points Hive at the URL. So activation records which URL
	 * was handed out, and deactivation forgets it; nothing is sent to Hive either way.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				return data.webhookUrl === this.getNodeWebhookUrl('default');
			},
			async create(this: IHookFunctions): Promise<boolean> {
				this.getWorkflowStaticData('node').webhookUrl = this.getNodeWebhookUrl('default');
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				delete this.getWorkflowStaticData('node').webhookUrl;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const unexpected = refuseUnexpectedBody(this);
		if (unexpected) return unexpected;
		// No replay check: the signature covers the body alone, and Hive's bodies carry no event id or time, so a
		// copy cannot be told from a redelivery or from the same state reported again.
		const credentials = await this.getCredentials('hiveApi');
		const rawBody = rawBodyOf(this);
		const signature = headerValue(this, 'x-hive-signature');
		const expected = hmacSha256Hex(String(credentials.apiKey ?? ''), rawBody ?? '');
		if (!rawBody || !signatureMatches(expected, signature)) return rejectRequest(this, 401, 'Invalid or missing signature');

		const body = this.getBodyData() as IDataObject;
		const event = hiveEventOf(body, headerValue(this, 'x-hive-event'));
		const wanted = this.getNodeParameter('events', []) as string[];
		if (event && !wanted.includes(event)) return { webhookResponse: { received: true } };
		return { workflowData: [jsonItems(event && body.event === undefined ? { event, ...body } : body)] };
	}
}
