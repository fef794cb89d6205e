import type { SandboxService } from '../service';

const fastComments: SandboxService = {
	id: 'fastcomments',
	title: 'FastComments',
	mockDir: 'test/mocks/fastcomments',
	defaultPort: 4020,
	async start(port) {
		const { startFastCommentsMock } = await import('../../../test/mocks/fastcomments');
		const mock = await startFastCommentsMock({ port });
		return {
			url: mock.baseUrl,
			credentialData: { apiKey: mock.apiKey, tenantId: mock.tenantId, region: 'custom', baseUrl: mock.baseUrl, apiSecret: mock.apiSecret },
			details: [
				`base URL  : ${mock.baseUrl} (Region "Custom URL")`,
				`API key   : ${mock.apiKey}`,
				`tenant ID : ${mock.tenantId}`,
				`API secret: ${mock.apiSecret} (signs webhooks)`,
				// FastComments documents no numeric rate limit, so its mock has none to switch on.
				'limit     : none (FastComments documents none)',
			],
			async fireTrigger() {
				// What the mock does when a comment is posted: deliver comment-created to every subscription, signed.
				const comment = { id: `sandbox-check-${Date.now()}`, tenantId: mock.tenantId, urlId: 'sandbox', comment: 'Hello from npm start --check', date: Date.now() };
				const deliveries = await mock.emit('comment-created', comment);
				if (deliveries.length === 0) throw new Error('nothing is subscribed at the mock: publishing the trigger did not subscribe it');
				const failed = deliveries.filter((delivery) => delivery.status !== 200);
				if (failed.length > 0) throw new Error(`n8n answered ${failed.map((delivery) => `${delivery.url} with ${delivery.status}`).join(', ')}`);
				return `comment-created delivered to ${deliveries.map((delivery) => delivery.url).join(', ')}`;
			},
			close: mock.close,
		};
	},
	credential: { type: 'fastCommentsApi', name: 'FastComments sandbox' },
	// The trigger subscribes at the mock when published; comments created through the API are then delivered to n8n.
	examples: [{ file: 'fastcomments.json' }, { file: 'fastcomments-trigger.json', publish: true }, { file: 'fastcomments-poll-trigger.json' }],
};

export default fastComments;
