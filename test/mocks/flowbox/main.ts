/** The Flowbox mock on its own for manual use and the sandbox: `npx tsx test/mocks/flowbox/main.ts [port]`. */
import { runStandalone } from '../shared/runStandalone';
import { FLOW_KEYS } from './constants';
import { startFlowboxMock } from './startFlowboxMock';

runStandalone({
	portEnv: 'FLOWBOX_MOCK_PORT',
	defaultPort: 4050,
	start: async (port) => await startFlowboxMock({ port }),
	describe: (mock) => [
		`Flowbox mock listening on ${mock.url}`,
		`  gateway URL (Environment: Custom) : ${mock.gatewayUrl}`,
		`  External API URL                  : ${mock.externalApiUrl}`,
		`  API key                           : ${mock.apiKey}`,
		`  flows                             : ${Object.values(FLOW_KEYS).join(', ')}`,
		`  control: POST ${mock.url}/__mock/flowbox/flows/<flowKey>/posts {"count":2}, POST ${mock.url}/__mock/reset`,
	],
});
