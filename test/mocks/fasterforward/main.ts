/** The Faster Forward mock on its own for manual use and the sandbox: `npx tsx test/mocks/fasterforward/main.ts [port]`. */
import { runStandalone } from '../shared/runStandalone';
import { FF_CLIENT, MOCK_API } from './constants';
import { startFasterForwardMock } from './startFasterForwardMock';

runStandalone({
	portEnv: 'FASTERFORWARD_MOCK_PORT',
	defaultPort: 4030,
	start: async (port) => await startFasterForwardMock({ port }),
	describe: (mock) => [
		`Faster Forward mock listening on ${mock.url}`,
		`  Domain (credential)   : ${mock.domain}`,
		`  client id / secret    : ${FF_CLIENT.clientId} / ${FF_CLIENT.clientSecret}`,
		`  password grant user   : ${FF_CLIENT.username} / ${FF_CLIENT.password}`,
		`  limits                : 5 requests per second, 100,000 per day, bodies up to 47,185,920 bytes`,
		`  test paths (mock only): ${MOCK_API}/records (page, pageSize), ${MOCK_API}/linked-records (links.next), POST ${MOCK_API}/documents`,
		`  control               : POST ${mock.url}/__mock/fasterforward/expire-tokens, GET ${mock.url}/__mock/fasterforward/stats`,
	],
});
