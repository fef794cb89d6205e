import { benchHive } from './hive';
import { withN8n } from './n8nSession';

/**
 * `npm run bench` — speed at the services' documented limits, measured in a real n8n against the mocks.
 * `--quick` reads fewer pages (no window is crossed); `--runs N` repeats each read.
 */
function option(name: string, fallback: number): number {
	const index = process.argv.indexOf(name);
	return index > -1 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const runs = option('--runs', 1);
	const started = Date.now();
	const lines = await withN8n(async (n8n) => await benchHive(n8n, { pages: quick ? 30 : 130, runs }));
	console.log(['', `Benchmark (${quick ? 'quick' : 'full'}, n8n 2.8.4, Node ${process.version})`, ...lines, `(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`].join('\n'));
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
