import type { SandboxService } from '../service';

const forsta: SandboxService = {
	id: 'forsta',
	title: 'Forsta',
	mockDir: 'test/mocks/forsta',
	defaultPort: 4040,
	async start(port) {
		const { startForstaMock } = await import('../../../test/mocks/forsta');
		// Default limits: Forsta's 20/s, 1,000/15 min and 10,000/12 h per client and API.
		const mock = await startForstaMock({ port });
		return {
			url: mock.url,
			credentialData: {
				site: 'custom',
				apiUrl: mock.url,
				identityUrl: mock.url,
				clientId: mock.clientId,
				clientSecret: mock.clientSecret,
				scope: 'pub.surveys pub.hubs',
			},
			details: [
				`API and identity host: ${mock.url} (Site "Custom Hosts")`,
				`client id            : ${mock.clientId}`,
				`client secret        : ${mock.clientSecret}`,
				'limit                : 20/s, 1,000/15 min, 10,000/12 h per client and API',
				'surveys              : p1000001 … p1000012',
			],
			close: mock.close,
		};
	},
	credential: { type: 'forstaApi', name: 'Forsta sandbox' },
	examples: [{ file: 'forsta.json' }, { file: 'forsta-trigger.json' }],
};

export default forsta;
