import { benchFasterForward } from './fasterforward';
import { benchForstaMemory, benchForstaPaging } from './forsta';
import { benchHive } from './hive';
import { withN8n } from './n8nSession';

/**
 * `npm run bench` — speed at the services' documented limits against their mocks. Hive runs in a real n8n side by
 * side with n8n's HTTP Request node; Forsta and Faster Forward run the nodes' own execute in-process.
 * `--quick` reads less (no long window is crossed); `--runs N` repeats the Hive reads.
 */
function option(name: string, fallback: number): number {
	const index = process.argv.indexOf(name);
	return index > -1 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const runs = option('--runs', 1);
	const started = Date.now();
	const print = (lines: string[]) => console.log(lines.join('\n'));
	print(['', `Benchmark (${quick ? 'quick' : 'full'}, n8n 2.8.4, Node ${process.version})`]);
	print(await withN8n(async (n8n) => await benchHive(n8n, { pages: quick ? 30 : 130, runs })));
	print([(await benchFasterForward({ requests: quick ? 40 : 200 })).summary]);
	print([(await benchForstaPaging(quick ? 100 : 400)).summary]);
	print([(await benchForstaMemory(quick ? 20_000 : 100_000)).summary]);
	print([`(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`]);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
