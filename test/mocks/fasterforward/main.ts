/**
 * Runs the Faster Forward mock on its own for manual use and the sandbox: `npx tsx test/mocks/fasterforward/main.ts 4060`
 * (port from the first argument, else FASTERFORWARD_MOCK_PORT, else 4060; 0 picks a free one).
 */
import { FF_CLIENT, MOCK_API } from './constants';
import { startFasterForwardMock } from './startFasterForwardMock';

async function main(): Promise<void> {
	const port = Number(process.argv[2] ?? process.env.FASTERFORWARD_MOCK_PORT ?? 4060);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${process.argv[2] ?? process.env.FASTERFORWARD_MOCK_PORT}`);
	const mock = await startFasterForwardMock({ port });
	const lines = [
		`Faster Forward mock listening on ${mock.url}`,
		`  Domain (credential)   : ${mock.domain}`,
		`  client id / secret    : ${FF_CLIENT.clientId} / ${FF_CLIENT.clientSecret}`,
		`  password grant user   : ${FF_CLIENT.username} / ${FF_CLIENT.password}`,
		`  limits                : 5 requests per second, 100,000 per day, bodies up to 47,185,920 bytes`,
		`  test paths (mock only): ${MOCK_API}/records (page, pageSize), ${MOCK_API}/linked-records (links.next), POST ${MOCK_API}/documents`,
		`  control               : POST ${mock.url}/__mock/fasterforward/expire-tokens, GET ${mock.url}/__mock/fasterforward/stats`,
		'',
	];
	process.stdout.write(lines.join('\n'));
	const stop = () => void mock.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
});
