/**
 * Runs the Hive mock on its own for manual use: `npx tsx test/mocks/hive/main.ts 4010`
 * (port from the first argument, else HIVE_MOCK_PORT, else 4010; 0 picks a free one).
 */
import { startHiveMock } from './startHiveMock';

async function main(): Promise<void> {
	const port = Number(process.argv[2] ?? process.env.HIVE_MOCK_PORT ?? 4010);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${process.argv[2] ?? process.env.HIVE_MOCK_PORT}`);
	const noLimit = process.env.HIVE_MOCK_RATE_LIMIT === 'off';
	const mock = await startHiveMock({ port, rateLimit: noLimit ? false : undefined });
	process.stdout.write(
		[
			`Hive mock listening on ${mock.url}`,
			`  base URL : ${mock.baseUrl}`,
			`  API key  : ${mock.apiKey}`,
			`  rate     : ${noLimit ? 'off' : '100 requests per 60 s'}`,
			`  control  : GET ${mock.url}/__mock/log, POST ${mock.url}/__mock/reset`,
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
