/** The FastComments mock on its own: `npx tsx test/mocks/fastcomments/main.ts [port]`. */
import { runStandalone } from '../shared/runStandalone';
import { startFastCommentsMock } from './startFastCommentsMock';

runStandalone({
	portEnv: 'FASTCOMMENTS_MOCK_PORT',
	defaultPort: 4020,
	start: async (port) => await startFastCommentsMock({ port }),
	describe: (mock) => [
		`FastComments mock listening on ${mock.baseUrl}`,
		`  credential: Region "Custom URL", Base URL ${mock.baseUrl}`,
		`  API key ${mock.apiKey}, tenant ID ${mock.tenantId}, API secret ${mock.apiSecret}`,
	],
});
