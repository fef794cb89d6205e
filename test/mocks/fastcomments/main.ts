import { startFastCommentsMock } from './startFastCommentsMock';

// Standalone: npx tsx test/mocks/fastcomments/main.ts [port]
async function main(): Promise<void> {
	const mock = await startFastCommentsMock({ port: Number(process.argv[2] ?? 4020) });
	process.stdout.write(
		`FastComments mock at ${mock.baseUrl} (credential: Region "Custom URL", Base URL ${mock.baseUrl}, ` +
			`API key ${mock.apiKey}, tenant ID ${mock.tenantId}, API secret ${mock.apiSecret})\n`,
	);
}

void main();
