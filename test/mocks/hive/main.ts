/** The Hive mock on its own: `npx tsx test/mocks/hive/main.ts [port]`; HIVE_MOCK_RATE_LIMIT=off switches the limit off. */
import { runStandalone } from '../shared/runStandalone';
import { startHiveMock } from './startHiveMock';

const noLimit = process.env.HIVE_MOCK_RATE_LIMIT === 'off';
runStandalone({
	portEnv: 'HIVE_MOCK_PORT',
	defaultPort: 4010,
	start: async (port) => await startHiveMock({ port, rateLimit: noLimit ? false : undefined }),
	describe: (mock) => [
		`Hive mock listening on ${mock.url}`,
		`  base URL : ${mock.baseUrl}`,
		`  API key  : ${mock.apiKey}`,
		`  rate     : ${noLimit ? 'off' : '100 requests per 60 s'}`,
		`  control  : GET ${mock.url}/__mock/log, POST ${mock.url}/__mock/reset`,
	],
});
