/**
 * Runs the Flowbox mock on its own for manual use and the sandbox: `npx tsx test/mocks/flowbox/main.ts 4050`
 * (port from the first argument, else FLOWBOX_MOCK_PORT, else 4050; 0 picks a free one).
 */
import { FLOW_KEYS } from './constants';
import { startFlowboxMock } from './startFlowboxMock';

async function main(): Promise<void> {
	const port = Number(process.argv[2] ?? process.env.FLOWBOX_MOCK_PORT ?? 4050);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${process.argv[2] ?? process.env.FLOWBOX_MOCK_PORT}`);
	const mock = await startFlowboxMock({ port });
	process.stdout.write(
		[
			`Flowbox mock listening on ${mock.url}`,
			`  gateway URL (Environment: Custom) : ${mock.gatewayUrl}`,
			`  External API URL                  : ${mock.externalApiUrl}`,
			`  API key                           : ${mock.apiKey}`,
			`  flows                             : ${Object.values(FLOW_KEYS).join(', ')}`,
			`  control: POST ${mock.url}/__mock/flowbox/flows/<flowKey>/posts {"count":2}, POST ${mock.url}/__mock/reset`,
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
