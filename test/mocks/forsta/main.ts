/**
 * Runs the Forsta mock on its own: `npx tsx test/mocks/forsta/main.ts 4020`
 * (port from the first argument, else FORSTA_MOCK_PORT, else 4020; 0 picks a free one).
 * FORSTA_MOCK_RESPONSES seeds that many responses in survey p1000001; FORSTA_MOCK_RATE_LIMIT=off switches the limits off.
 * The first line printed is `Forsta mock listening on <url>`.
 */
import { startForstaMock } from './startForstaMock';

async function main(): Promise<void> {
	const port = Number(process.argv[2] ?? process.env.FORSTA_MOCK_PORT ?? 4020);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${process.argv[2] ?? process.env.FORSTA_MOCK_PORT}`);
	const responses = process.env.FORSTA_MOCK_RESPONSES ? Number(process.env.FORSTA_MOCK_RESPONSES) : undefined;
	const noLimit = process.env.FORSTA_MOCK_RATE_LIMIT === 'off';
	const mock = await startForstaMock({ port, seed: responses !== undefined ? { responses } : undefined, rateLimit: noLimit ? false : undefined });
	process.stdout.write(
		[
			`Forsta mock listening on ${mock.url}`,
			`  custom site: API host and token host ${mock.url}`,
			`  client     : ${mock.clientId} / ${mock.clientSecret}`,
			`  limits     : ${noLimit ? 'off' : '20/s, 1,000/15 min, 10,000/12 h per client and API'}`,
			`  control    : POST ${mock.url}/__mock/forsta/tokens/expire, GET ${mock.url}/__mock/forsta/stats, POST ${mock.url}/__mock/reset`,
			'',
		].join('\n'),
	);
	const stop = () => void mock.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
});
