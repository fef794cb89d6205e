import { preload, withBenchN8n } from '../n8nInstance';
import type { ScenarioReport } from '../report';
import { FORSTA_INTERVAL_MS, FORSTA_LONG_READ_INTERVAL_MS, FORSTA_WINDOWS, forstaResponses } from '../sources/forsta';
import { minimumMs, seconds, times } from '../stats';
import { runLimitCase } from './limitReads';

const PAGE = 10;

/** The environment that makes an n8n process run its clock `factor` times faster (see acceleratedClock.cjs). */
function acceleratedEnv(factor: number): Record<string, string> {
	return { NODE_OPTIONS: preload('acceleratedClock.cjs'), BENCH_CLOCK_FACTOR: String(factor) };
}

/** The same acceleration for the mock in this process: its limiter and tokens then agree with n8n on time. */
function acceleratedClock(factor: number): () => number {
	const origin = Date.now();
	return () => origin + (Date.now() - origin) * factor;
}

/**
 * A Forsta read of more than 1,000 pages, where the 1,000-per-15-minutes window rules: at least 15 minutes of real
 * time, so it runs in its own n8n with the clock `factor` times faster, and against a mock on the same clock.
 */
export async function runLongForstaRead(pages: number, runs: { ours: number; slowHttp: number }, factor: number): Promise<ScenarioReport> {
	const minimum = minimumMs(pages, FORSTA_WINDOWS);
	const floor = (pages - 1) * FORSTA_LONG_READ_INTERVAL_MS;
	return await withBenchN8n({ env: acceleratedEnv(factor) }, async (n8n) => {
		const report = await runLimitCase(
			n8n.client,
			{
				scenario: `Forsta: ${pages} pages at 20/s + 1,000/15 min (clock ×${factor})`,
				ourLabel: 'Forsta node (this pack)',
				pages,
				rows: pages * PAGE,
				windows: FORSTA_WINDOWS,
				open: (client) => forstaResponses(client, { records: pages * PAGE, pageSize: PAGE, clock: acceleratedClock(factor) }),
				http: [
					// The careful set-up for a long read, from the 15-minute window; it is slow, so it may run fewer times.
					...(runs.slowHttp > 0 ? [{ label: `HTTP Request node, pagination + ${FORSTA_LONG_READ_INTERVAL_MS} ms interval`, intervalMs: FORSTA_LONG_READ_INTERVAL_MS, runs: runs.slowHttp }] : []),
					// The set-up from the 20/s limit alone: it runs into the 15-minute window, the same every time.
					{ label: `HTTP Request node, pagination + ${FORSTA_INTERVAL_MS} ms interval`, intervalMs: FORSTA_INTERVAL_MS, runs: 1 },
				],
				timeoutMs: (2 * minimum) / factor + 120_000,
				// One read at a time: with the clock sped up, any CPU contention is multiplied by the factor too.
				sequential: true,
				notes: [
					`n8n and the mock run ${factor}× faster clocks; times are in that clock, so every millisecond of CPU counts ${factor}×`,
					`the ${FORSTA_LONG_READ_INTERVAL_MS} ms interval alone needs ${seconds(floor)} = ${times(floor / minimum)} the minimum on any machine`,
				],
			},
			runs.ours,
		);
		return report;
	});
}
