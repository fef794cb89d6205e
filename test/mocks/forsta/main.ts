/**
 * The Forsta mock on its own: `npx tsx test/mocks/forsta/main.ts [port]`. FORSTA_MOCK_RESPONSES seeds that many
 * responses in survey p1000001; FORSTA_MOCK_RATE_LIMIT=off switches the limits off. The first line printed is
 * `Forsta mock listening on <url>`.
 */
import { runStandalone } from '../shared/runStandalone';
import { startForstaMock } from './startForstaMock';

const responses = process.env.FORSTA_MOCK_RESPONSES ? Number(process.env.FORSTA_MOCK_RESPONSES) : undefined;
const noLimit = process.env.FORSTA_MOCK_RATE_LIMIT === 'off';
runStandalone({
	portEnv: 'FORSTA_MOCK_PORT',
	defaultPort: 4040,
	start: async (port) => await startForstaMock({ port, seed: responses !== undefined ? { responses } : undefined, rateLimit: noLimit ? false : undefined }),
	describe: (mock) => [
		`Forsta mock listening on ${mock.url}`,
		`  custom site: API host and token host ${mock.url}`,
		`  client     : ${mock.clientId} / ${mock.clientSecret}`,
		`  limits     : ${noLimit ? 'off' : '20/s, 1,000/15 min, 10,000/12 h per client and API'}`,
		`  control    : POST ${mock.url}/__mock/forsta/tokens/expire, GET ${mock.url}/__mock/forsta/stats, POST ${mock.url}/__mock/reset`,
	],
});
