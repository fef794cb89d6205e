import type { SandboxService } from '../service';

const flowbox: SandboxService = {
	id: 'flowbox',
	title: 'Flowbox',
	mockDir: 'test/mocks/flowbox',
	defaultPort: 4050,
	async start(port) {
		const { startFlowboxMock, FLOW_KEYS } = await import('../../../test/mocks/flowbox');
		const mock = await startFlowboxMock({ port });
		return {
			url: mock.url,
			credentialData: { apiKey: mock.apiKey, environment: 'custom', gatewayUrl: mock.gatewayUrl, externalApiUrl: mock.externalApiUrl },
			details: [
				`gateway URL     : ${mock.gatewayUrl} (Environment "Custom")`,
				`External API URL: ${mock.externalApiUrl}`,
				`API key         : ${mock.apiKey}`,
				`flows           : ${Object.values(FLOW_KEYS).join(', ')}`,
				// Flowbox publishes no numeric limit, so the mock only throttles when told to.
				`limit           : none published; queue a 429 with POST ${mock.url}/__mock/flowbox/faults {"status":429}`,
				`new feed posts  : POST ${mock.url}/__mock/flowbox/flows/<flowKey>/posts {"count":2}`,
			],
			close: mock.close,
		};
	},
	credential: { type: 'flowboxApi', name: 'Flowbox sandbox' },
	examples: [{ file: 'flowbox.json' }, { file: 'flowbox-trigger.json' }],
};

export default flowbox;
