import type { N8nClient, NodeSpec } from '../../test/n8n/harness/client';
import { met, type ScenarioReport, type SummaryRow } from '../report';
import type { ListSource, Window } from '../sources/types';
import { count, each, median, minimumMs, ratioOfMedians, seconds, spread, times } from '../stats';
import { timedRead, type ReadResult } from '../timedRead';

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A bulk read at a service's documented limit: this pack's node and the HTTP Request node, on fresh mocks. */
export interface LimitCase {
	scenario: string;
	ourLabel: string;
	pages: number;
	rows: number;
	windows: Window[];
	/** A fresh mock and credential, so every read starts with empty windows. */
	open(n8n: N8nClient): Promise<ListSource>;
	/** HTTP Request node set-ups; the first is the one the ratio is taken against. `runs` overrides the run count. */
	http: Array<{ label: string; intervalMs: number; runs?: number }>;
	timeoutMs: number;
	/** Run the reads one after another instead of all at once. */
	sequential?: boolean;
	/** One run after another, the clients of a run at once. */
	runsInTurn?: boolean;
	/** Otherwise start run k after k × staggerMs, so this pack's bursts of requests do not fall on each other. */
	staggerMs?: number;
	/** Notes printed under the scenario. */
	notes?: string[];
}

interface ClientRuns {
	label: string;
	results: ReadResult[];
}

async function oneRead(n8n: N8nClient, limitCase: LimitCase, node: (source: ListSource) => NodeSpec): Promise<ReadResult> {
	const source = await limitCase.open(n8n);
	try {
		return await timedRead(n8n, source, node(source), limitCase.timeoutMs);
	} finally {
		await source.close();
	}
}

function detail(limitCase: LimitCase, client: ClientRuns, minimum: number): string {
	const ratios = client.results.map((result) => result.ms / minimum);
	const statuses = [...new Set(client.results.map((result) => result.status))].join('; ');
	return (
		`  ${client.label}: ${spread(client.results.map((result) => result.ms), seconds)} = ${spread(ratios, times)} the minimum | ` +
		`rows ${client.results.map((result) => `${count(result.rows)}/${count(limitCase.rows)}`).join(', ')} | ` +
		`429s ${each(client.results.map((result) => result.refused))} | requests ${each(client.results.map((result) => result.requests))} | ${statuses}`
	);
}

function allRows(limitCase: LimitCase, client: ClientRuns): string {
	const rows = client.results.map((result) => result.rows);
	return rows.every((value) => value === limitCase.rows) ? `${count(limitCase.rows)}/${count(limitCase.rows)}` : `${rows.map(count).join(', ')} of ${count(limitCase.rows)}`;
}

export async function runLimitCase(n8n: N8nClient, limitCase: LimitCase, runs: number): Promise<ScenarioReport> {
	const minimum = minimumMs(limitCase.pages, limitCase.windows);
	const clients: ClientRuns[] = [{ label: limitCase.ourLabel, results: [] }, ...limitCase.http.map(({ label }) => ({ label, results: [] }))];
	const readers = [
		{ node: (source: ListSource) => source.ourNode, runs },
		...limitCase.http.map((http) => ({ node: (source: ListSource) => source.httpNode(http.intervalMs), runs: http.runs ?? runs })),
	];
	// Run by run, each client once per run, so a sequential bench interleaves the clients.
	const runJobs = Array.from({ length: Math.max(...readers.map((reader) => reader.runs)) }, (_, run) =>
		readers.flatMap((reader, index) => (run < reader.runs ? [async () => clients[index].results.push(await oneRead(n8n, limitCase, reader.node))] : [])),
	);
	if (limitCase.sequential) for (const job of runJobs.flat()) await job();
	else if (limitCase.runsInTurn) for (const jobs of runJobs) await Promise.all(jobs.map((job) => job()));
	else {
		await Promise.all(
			runJobs.map(async (jobs, run) => {
				await delay(run * (limitCase.staggerMs ?? 0));
				await Promise.all(jobs.map((job) => job()));
			}),
		);
	}

	const [ours, primary] = clients;
	const ourRatios = ours.results.map((result) => result.ms / minimum);
	const clean = ours.results.every((result) => result.refused === 0 && result.rows === limitCase.rows && result.status === 'success');
	const aheadOnTime = ratioOfMedians(ours.results.map((r) => r.ms), primary.results.map((r) => r.ms)) < 1;
	const aheadOn429s = median(ours.results.map((r) => r.refused)) < median(primary.results.map((r) => r.refused));
	const aheadOnRows = median(ours.results.map((r) => r.rows)) > median(primary.results.map((r) => r.rows));
	const ahead = aheadOnTime || aheadOn429s || aheadOnRows;
	const target = `≤ 1.05× min, 0 429s, all rows, ahead of HTTP: ${met(median(ourRatios) <= 1.05 && clean && ahead)}`;
	const row = (client: ClientRuns, extra: Partial<SummaryRow>): SummaryRow => ({
		scenario: limitCase.scenario,
		client: client.label,
		result: `${spread(client.results.map((result) => result.ms / minimum), times)} min`,
		rows: allRows(limitCase, client),
		refused: each(client.results.map((result) => result.refused)),
		...extra,
	});
	const versus = `time ×${ratioOfMedians(ours.results.map((r) => r.ms), primary.results.map((r) => r.ms)).toFixed(3)}`;
	return {
		title: `${limitCase.scenario}: minimum the limits allow ${seconds(minimum)}`,
		details: [...clients.map((client) => detail(limitCase, client, minimum)), ...(limitCase.notes ?? []).map((note) => `  (${note})`)],
		rows: [row(ours, { versusHttp: versus, target }), ...clients.slice(1).map((client) => row(client, {}))],
	};
}
