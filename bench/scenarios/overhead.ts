import type { IDataObject } from 'n8n-workflow';
import type { NodeSpec } from '../../test/n8n/harness/client';
import type { BenchN8n } from '../n8nInstance';
import { cpuMs } from '../processStats';
import { met, type ScenarioReport, type SummaryRow } from '../report';
import { commentsById } from '../sources/fastComments';
import { count, each, median, milliseconds, ratioOfMedians, seconds, spread } from '../stats';
import { distinctRows, nodeMs } from '../timedRead';

interface OverheadRun {
	/** The node's own time (n8n's executionTime). */
	nodeMs: number;
	/** Webhook call to answer. */
	wallMs: number;
	/** CPU the n8n process used for the whole workflow (input, node, answer, saving the execution). */
	cpuMs: number;
	rows: number;
}

async function measure(n8n: BenchN8n, node: NodeSpec, input: IDataObject[]): Promise<OverheadRun> {
	const before = cpuMs(n8n.pid);
	const run = await n8n.client.run([node], undefined, { input, timeoutMs: 600_000 });
	// Wait until n8n has stored the execution (light call), then read the CPU; fetching the stored run comes after.
	await n8n.client.waitForExecutions(run.workflowId, 1, 60_000);
	const cpu = cpuMs(n8n.pid) - before;
	const comments = run.items.map((item) => (item.comment ?? {}) as IDataObject);
	return { nodeMs: nodeMs(await run.execution(), node.name), wallMs: run.durationMs, cpuMs: cpu, rows: distinctRows(comments, 'id') };
}

/**
 * Per-request overhead against an unlimited local mock: `requests` input items, one "get comment" request each, by
 * this pack's FastComments node and by the HTTP Request node with its defaults (FastComments documents no rate limit).
 */
export async function runOverhead(n8n: BenchN8n, requests: number, runs: number): Promise<ScenarioReport> {
	const source = await commentsById(n8n.client, requests);
	try {
		const input = source.ids.map((id) => ({ id }));
		const clients = [
			{ label: 'FastComments node (this pack)', node: source.ourNode, runs: [] as OverheadRun[] },
			{ label: 'HTTP Request node, defaults', node: source.httpNode, runs: [] as OverheadRun[] },
		];
		// One small run each first, so module loading and compilation are not counted.
		for (const client of clients) await measure(n8n, client.node, input.slice(0, 20));
		for (let run = 0; run < runs; run++) {
			// Alternate who goes first, so a drift in machine load does not favour one side.
			const order = run % 2 ? [...clients].reverse() : clients;
			for (const client of order) client.runs.push(await measure(n8n, client.node, input));
		}
		const [ours, theirs] = clients;
		const perRequest = (runs: OverheadRun[]) => runs.map((run) => run.cpuMs / requests);
		const timeRatio = ratioOfMedians(ours.runs.map((run) => run.nodeMs), theirs.runs.map((run) => run.nodeMs));
		const complete = (runs: OverheadRun[]) => (runs.every((run) => run.rows === requests) ? `${count(requests)}/${count(requests)}` : `${each(runs.map((run) => run.rows))} of ${count(requests)}`);
		const row = (client: (typeof clients)[number], extra: Partial<SummaryRow>): SummaryRow => ({
			scenario: `Overhead: ${count(requests)} single-record requests`,
			client: client.label,
			result: `node ${spread(client.runs.map((run) => run.nodeMs), seconds)}; n8n CPU ${milliseconds(median(perRequest(client.runs)))}/request`,
			rows: complete(client.runs),
			refused: '–',
			...extra,
		});
		const line = (client: (typeof clients)[number]) =>
			`  ${client.label}: node ${spread(client.runs.map((run) => run.nodeMs), seconds)} | workflow ${spread(client.runs.map((run) => run.wallMs), seconds)} | ` +
			`n8n CPU per request ${spread(perRequest(client.runs), milliseconds)} | rows ${complete(client.runs)}`;
		return {
			title: `Per-request overhead: ${count(requests)} input items → ${count(requests)} GET /comments/:id, lean FastComments stand-in without limits`,
			details: [...clients.map(line), `  node time, this pack / HTTP Request node: ${timeRatio.toFixed(3)}`],
			rows: [
				row(ours, {
					versusHttp: `time ×${timeRatio.toFixed(3)}, CPU ×${ratioOfMedians(perRequest(ours.runs), perRequest(theirs.runs)).toFixed(3)}`,
					target: `time ≤ 1.0×: ${met(timeRatio <= 1)}`,
				}),
				row(theirs, {}),
			],
		};
	} finally {
		await source.close();
	}
}
