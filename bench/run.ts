import { cpus, loadavg } from 'node:os';
import type { N8nClient } from '../test/n8n/harness/client';
import { installedN8nVersion, withBenchN8n } from './n8nInstance';
import { summaryTable, type ScenarioReport } from './report';
import {
	fasterForwardCase,
	fasterForwardSharedCredentialCase,
	forstaCase,
	HIVE_STAGGER_MS,
	hiveCase,
	hiveSharedCredentialCase,
} from './scenarios/limitCases';
import { delay, runLimitCase } from './scenarios/limitReads';
import { runLoadCost } from './scenarios/loadCost';
import { runLongForstaRead } from './scenarios/longForstaRead';
import { runMemory } from './scenarios/memory';
import { runOverhead } from './scenarios/overhead';
import { runSharedCredential } from './scenarios/sharedCredential';
import { fasterForwardQueueCase, forstaQueueCase, hiveQueueCase } from './scenarios/queueCases';
import { runQueueReads } from './scenarios/queueReads';
import { startQueueN8n } from '../test/n8n/harness/queue/startQueueN8n';

/**
 * `npm run bench` — this pack against n8n's HTTP Request node, in real n8n processes, against the mocks with the
 * documented limits enforced. `--quick` for a short run; `--runs N` repeats each case N times;
 * `--only limits,overhead,long,memory,load,queue` picks sections; `--clock-factor K` speeds up the long Forsta read's clock;
 * `--lines 2.8.4,2.41` names the n8n lines the limit reads run on (default both; the other sections use the first).
 */
const SECTIONS = ['limits', 'overhead', 'long', 'memory', 'load', 'queue'] as const;
type Section = (typeof SECTIONS)[number];

function option(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index > -1 ? process.argv[index + 1] : undefined;
}

const quick = process.argv.includes('--quick');
const runs = Number(option('--runs') ?? (quick ? 1 : 3));
const clockFactor = Number(option('--clock-factor') ?? 30);
const only = new Set((option('--only')?.split(',') ?? SECTIONS) as Section[]);
const lines = option('--lines')?.split(',') ?? ['2.8.4', '2.41'];

/** Sizes: the full run crosses several windows of every limit; the quick run at least one. */
const size = quick
	? { hive: 130, hiveShared: 0, fasterForward: 25, fasterForwardShared: 25, forsta: 100, longForsta: 1_050, long: { ours: 1, slowHttp: 0 }, overhead: 2_000, memory: 20_000, starts: 2, requires: 3 }
	: { hive: 250, hiveShared: 125, fasterForward: 50, fasterForwardShared: 25, forsta: 400, longForsta: 1_050, long: { ours: 2, slowHttp: 1 }, overhead: 10_000, memory: 100_000, starts: 4, requires: 5 };
/** The slowest cases run fewer times in the full run, to stay within 15 minutes. */
const heavyRuns = Math.min(runs, 2);
/** A process's peak memory swings with when V8 collects, so the memory cases get a median of three. */
const memoryRuns = Math.min(runs, 3);

const reports: ScenarioReport[] = [];
const benchStarted = Date.now();
/** With more than one n8n line, every scenario names the release it ran on. */
function onRelease(release: string | undefined, scenario: ScenarioReport): ScenarioReport {
	if (!release) return scenario;
	const tag = ` (n8n ${release})`;
	return { ...scenario, title: scenario.title + tag, rows: scenario.rows.map((row) => ({ ...row, scenario: row.scenario + tag })) };
}

function report(scenario: ScenarioReport): void {
	reports.push(scenario);
	const at = `[${((Date.now() - benchStarted) / 1000).toFixed(0)} s]`;
	console.log([`\n${scenario.title} ${at}`, ...scenario.details].join('\n'));
}

/** The reads at each service's documented limits, against one n8n. */
async function limitReads(client: N8nClient, report: (scenario: ScenarioReport) => void): Promise<void> {
	// Windows of a second leave no room for other work: these run after Hive's reads (in the quick run, in the gap
	// after Hive's first burst).
	const secondWindows = async () => {
		report(await runLimitCase(client, fasterForwardCase(size.fasterForward), runs));
		report(await runSharedCredential(client, fasterForwardSharedCredentialCase(size.fasterForwardShared), runs));
		report(await runLimitCase(client, forstaCase(size.forsta), runs));
	};
	// Hive's reads wait a minute between bursts of 100, so they share the n8n, each burst 10 s after the last.
	const hive = Promise.all([
		runLimitCase(client, hiveCase(size.hive), runs).then(report),
		size.hiveShared ? delay(HIVE_STAGGER_MS * runs).then(() => runSharedCredential(client, hiveSharedCredentialCase(size.hiveShared), 1).then(report)) : undefined,
	]);
	if (quick) await Promise.all([hive, delay(5_000).then(secondWindows)]);
	else await hive.then(secondWindows);
}

/** Queue mode: reads on three workers through one credential, beside the same reads in one n8n process. */
async function queueReads(): Promise<void> {
	const workers = 3;
	// One job per worker at a time, so the reads started together run on different workers.
	const queue = await startQueueN8n({ workers, env: { N8N_CONCURRENCY_PRODUCTION_LIMIT: '1' } });
	try {
		await withBenchN8n({ n8nLine: lines[0] }, async (single) => {
			const cases = [
				hiveQueueCase(workers, quick ? 40 : 100),
				forstaQueueCase(workers, quick ? 150 : 300),
				fasterForwardQueueCase(workers, quick ? 25 : 50),
				// 1,200 requests over two workers: past Forsta's 1,000 per 15 minutes, so a 15-minute wait is the minimum.
				...(quick ? [] : [forstaQueueCase(2, 600)]),
			];
			for (const readCase of cases) report(await runQueueReads({ client: queue.client, workers: readCase.readers }, single.client, readCase));
		});
	} finally {
		await queue.stop();
	}
}

async function main(): Promise<void> {
	const releases = lines.map((line) => installedN8nVersion(line));
	console.log(
		`Benchmark (${quick ? 'quick' : 'full'}, ${runs} run(s) per case): n8n ${releases.join(' and ')}, Node ${process.version} ` +
			`(n8n runs on the Node its release asks for), ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0].toFixed(2)} at start`,
	);
	for (const [index, line] of lines.entries()) {
		const first = index === 0;
		if (!only.has('limits') && !(first && only.has('overhead'))) continue;
		const tagged = (scenario: ScenarioReport) => report(onRelease(lines.length > 1 ? releases[index] : undefined, scenario));
		await withBenchN8n({ n8nLine: line }, async (n8n) => {
			if (only.has('limits')) await limitReads(n8n.client, tagged);
			// Alone in the n8n: CPU time is read per process.
			if (first && only.has('overhead')) report(await runOverhead(n8n, size.overhead, heavyRuns));
		});
	}
	// The remaining sections start their own n8n through the installer's default, which is now the first line.
	process.env.N8N_VERSION = lines[0];
	if (only.has('long')) report(await runLongForstaRead(size.longForsta, size.long, clockFactor));
	if (only.has('memory')) report(await runMemory(size.memory, memoryRuns));
	if (only.has('load')) report(await runLoadCost(size.starts, size.requires));
	if (only.has('queue')) await queueReads();

	console.log(
		`\nSummary: median (lowest–highest, runs). "min" = the minimum the documented windows allow; "vs HTTP Request node" = ` +
			`this pack's median ÷ the HTTP Request node's (first set-up listed), both from this run.\n\n${summaryTable(reports.flatMap((scenario) => scenario.rows))}`,
	);
	console.log(`\n(bench took ${((Date.now() - benchStarted) / 1000).toFixed(0)} s)`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
