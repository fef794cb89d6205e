import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { headerValue, rawBodyOf, rejectRequest } from '../shared/webhook/rejectRequest';
import { hmacSha256Hex, signatureMatches } from '../shared/webhook/signature';
import { hiveEventOf, HIVE_EVENTS } from './hiveEvents';

export class HiveTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hive Trigger',
		name: 'hiveTrigger',
		icon: { light: 'file:hive.svg', dark: 'file:hive.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Hive reports a status change of a shipment, restocking shipment or return',
		defaults: { name: 'Hive Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hiveApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Hive has no API for webhook subscriptions: give the Production URL above to your Hive account manager. Hive signs each call with your API key; calls without a valid signature are refused (401) and start nothing.',
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
				default: HIVE_EVENTS.map(({ value }) => value),
				description: 'Events that start the workflow; others are acknowledged and ignored',
			},
		],
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('hiveApi');
		const rawBody = rawBodyOf(this);
		const signature = headerValue(this, 'x-hive-signature');
		const expected = hmacSha256Hex(String(credentials.apiKey ?? ''), rawBody ?? '');
		if (!rawBody || !signatureMatches(expected, signature)) return rejectRequest(this, 401, 'Invalid or missing signature');

		const body = this.getBodyData() as IDataObject;
		const event = hiveEventOf(body, headerValue(this, 'x-hive-event'));
		const wanted = this.getNodeParameter('events', []) as string[];
		if (event && !wanted.includes(event)) return { webhookResponse: { received: true } };
		return { workflowData: [this.helpers.returnJsonArray(event && body.event === undefined ? { event, ...body } : body)] };
	}
}
