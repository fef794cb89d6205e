import type { SandboxService } from '../service';

const hive: SandboxService = {
	id: 'hive',
	title: 'Hive',
	mockDir: 'test/mocks/hive',
	defaultPort: 4010,
	async start(port) {
		const { startHiveMock, sendHiveWebhook, exampleHiveWebhookPayload, HIVE_RATE_LIMIT } = await import('../../../test/mocks/hive');
		// No rateLimit option: the mock's default is Hive's documented 100 requests per 60 s.
		const mock = await startHiveMock({ port });
		return {
			url: mock.url,
			credentialData: { apiKey: mock.apiKey, baseUrl: mock.baseUrl },
			details: [
				`base URL: ${mock.baseUrl}`,
				`API key : ${mock.apiKey}`,
				`limit   : ${HIVE_RATE_LIMIT.limit} requests per ${HIVE_RATE_LIMIT.windowMs / 1000} s`,
				'webhooks: Hive has no subscription API; fire a signed event with `npx tsx scripts/sandbox/hive-webhook.ts`',
			],
			async fireTrigger(workflow, n8nBaseUrl) {
				const trigger = workflow.nodes.find((node) => node.type === 'n8n-nodes-service-pack.hiveTrigger');
				if (!trigger?.webhookId) throw new Error(`"${workflow.name}" has no Hive Trigger with a webhook id`);
				const url = `${n8nBaseUrl}/webhook/${trigger.webhookId}/webhook`;
				const event = 'shipment_status_updated';
				// A change made now: the example drops calls it has seen before, also those of an earlier start.
				const payload = { ...exampleHiveWebhookPayload(event), updated_at: new Date().toISOString() };
				const delivery = await sendHiveWebhook(url, event, payload, { apiKey: mock.apiKey });
				if (delivery.status !== 200) throw new Error(`n8n answered the signed ${event} webhook with ${delivery.status}`);
				return `signed ${event} sent to ${url}`;
			},
			close: mock.close,
		};
	},
	credential: { type: 'hiveApi', name: 'Hive sandbox' },
	examples: [{ file: 'hive.json' }, { file: 'hive-trigger.json', publish: true }],
};

export default hive;
