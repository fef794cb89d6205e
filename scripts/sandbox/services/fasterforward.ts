import type { SandboxService } from '../service';

const fasterForward: SandboxService = {
	id: 'fasterforward',
	title: 'Faster Forward Elements',
	mockDir: 'test/mocks/fasterforward',
	defaultPort: 4030,
	async start(port) {
		const { startFasterForwardMock, FF_PER_SECOND, FF_PER_DAY } = await import('../../../test/mocks/fasterforward');
		// Default limits: the documented 5 per second and 100,000 per day.
		const mock = await startFasterForwardMock({ port });
		const { clientId, clientSecret } = mock.client;
		return {
			url: mock.url,
			credentialData: { domain: mock.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: '', clientAuthentication: 'body' },
			details: [
				`domain        : ${mock.domain}`,
				`client id     : ${clientId}`,
				`client secret : ${clientSecret}`,
				`limit         : ${FF_PER_SECOND.limit} per second, ${FF_PER_DAY.limit.toLocaleString('en')} per day`,
			],
			close: mock.close,
		};
	},
	credential: { type: 'fasterForwardApi', name: 'Faster Forward sandbox' },
	examples: [{ file: 'fasterforward.json' }],
};

export default fasterForward;
