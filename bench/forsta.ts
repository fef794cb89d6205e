import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { resetTokenStore } from '../nodes/shared/auth/tokenStore';
import { resetThrottles } from '../nodes/shared/throttle/throttleRegistry';
import { startForstaMock } from '../test/mocks/forsta';
import { responseData, runForstaNode } from './forstaContext';

export interface ForstaPagingResult {
	name: string;
	pages: number;
	records: number;
	elapsedMs: number;
	/** The least time 20 requests a second allows: the first 20 at once, then 20 more each second. */
	allowedMs: number;
	/** allowedMs / elapsedMs: 1 is as fast as the limit allows. */
	efficiency: number;
	throttled429: number;
	summary: string;
}

/**
 * baseline: the modules loaded, nothing read; stream: the node's NDJSON read; pages: the node's 10,000-record pages;
 * count: the stream parsed but no record kept; text: the body as one string (the naive way).
 */
export type MemoryMode = 'baseline' | 'stream' | 'pages' | 'count' | 'text';

export interface ForstaMemoryRun {
	mode: MemoryMode;
	records: number;
	elapsedMs: number;
	peakRssMb: number;
	peakHeapMb: number;
}

export interface ForstaMemoryResult {
	name: string;
	records: number;
	runs: ForstaMemoryRun[];
	summary: string;
}

/**
 * Reads `pages` pages of survey data through the Forsta node (its execute, the engine's throttle and token store)
 * from the mock, which enforces Forsta's 20/s, 1,000/15 min and 10,000/12 h per client and API.
 */
export async function benchForstaPaging(pages = 400, pageSize = 10): Promise<ForstaPagingResult> {
	resetTokenStore();
	resetThrottles();
	const mock = await startForstaMock({ seed: { responses: pages * pageSize } });
	try {
		// One token first, so the clock measures the data requests only; then let that request leave the 1 s window.
		await runForstaNode(mock.url, responseData({ returnAll: false, limit: 1 }));
		await new Promise((resolve) => setTimeout(resolve, 1_100));
		const started = Date.now();
		const output = await runForstaNode(mock.url, responseData({ pageSize }));
		const elapsedMs = Date.now() - started;
		const allowedMs = (Math.ceil(pages / 20) - 1) * 1000;
		const throttled429 = mock.stats.throttled.surveys ?? 0;
		const efficiency = allowedMs / elapsedMs;
		const summary =
			`Forsta: ${pages} pages (${output.length} records) in ${(elapsedMs / 1000).toFixed(2)} s; 20 requests/s allows ` +
			`${(allowedMs / 1000).toFixed(0)} s at best: ${(efficiency * 100).toFixed(1)}% of the limit (target 95%), ${throttled429} 429s`;
		return { name: 'forsta-400-pages-at-20-per-second', pages, records: output.length, elapsedMs, allowedMs, efficiency, throttled429, summary };
	} finally {
		await mock.close();
	}
}

function runProcess(args: string[], env: NodeJS.ProcessEnv = {}): { done: Promise<string>; firstLine: Promise<string>; kill(): void } {
	const child = spawn(process.execPath, [require.resolve('tsx/cli'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let out = '';
	let err = '';
	let resolveLine: (line: string) => void = () => undefined;
	const firstLine = new Promise<string>((resolve) => (resolveLine = resolve));
	child.stdout.on('data', (chunk: Buffer) => {
		out += chunk.toString();
		if (out.includes('\n')) resolveLine(out.split('\n')[0]);
	});
	child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
	const done = new Promise<string>((resolve, reject) =>
		child.on('exit', (code) => (code === 0 || code === null ? resolve(out) : reject(new Error(`${args.join(' ')} failed (${code}): ${err}`)))),
	);
	return { done, firstLine, kill: () => child.kill('SIGTERM') };
}

/**
 * Peak memory of reading `records` responses, each way in a fresh process, with the mock in a process of its own:
 * streamed NDJSON, pages of 10,000, and (for comparison) the NDJSON body read as one string.
 */
export async function benchForstaMemory(records = 100_000): Promise<ForstaMemoryResult> {
	const mock = runProcess([join(__dirname, '..', 'test', 'mocks', 'forsta', 'main.ts'), '0'], { FORSTA_MOCK_RESPONSES: String(records), FORSTA_MOCK_RATE_LIMIT: 'off' });
	try {
		const url = /listening on (\S+)/.exec(await mock.firstLine)?.[1];
		if (!url) throw new Error('the Forsta mock did not start');
		const runs: ForstaMemoryRun[] = [];
		for (const mode of ['baseline', 'stream', 'pages', 'count', 'text'] as const) {
			const output = await runProcess([join(__dirname, 'forstaMemoryWorker.ts'), mode, url]).done;
			runs.push(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ForstaMemoryRun);
		}
		const line = (run: ForstaMemoryRun) => `${run.mode} ${run.peakRssMb.toFixed(0)} MB RSS / ${run.peakHeapMb.toFixed(0)} MB heap in ${(run.elapsedMs / 1000).toFixed(1)} s`;
		const summary = `Forsta: ${records.toLocaleString('en-US')} records, peak memory: ${runs.map(line).join('; ')}`;
		return { name: 'forsta-100k-records-memory', records, runs, summary };
	} finally {
		mock.kill();
		await mock.done.catch(() => undefined);
	}
}

/** Both Forsta benchmarks. */
export async function benchForsta(): Promise<Array<ForstaPagingResult | ForstaMemoryResult>> {
	return [await benchForstaPaging(), await benchForstaMemory()];
}

if (require.main === module) {
	benchForsta()
		.then((results) => results.forEach((result) => process.stdout.write(`${result.summary}\n`)))
		.catch((error: Error) => {
			process.stderr.write(`${error.stack ?? error.message}\n`);
			process.exit(1);
		});
}
