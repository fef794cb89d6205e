import type { N8nClient, NodeSpec } from '../../test/n8n/harness/client';
import { met, type ScenarioReport, type SummaryRow } from '../report';
import type { ListSource, Window } from '../sources/types';
import { count, each, minimumMs, seconds, spread, times } from '../stats';
import { timedRead } from '../timedRead';

/** Two workflows read at once through one credential; the pack's throttle is shared in the n8n process. */
export interface SharedCredentialCase {
	scenario: string;
	ourLabel: string;
	httpLabel: string;
	intervalMs: number;
	/** Pages each workflow reads. */
	pagesEach: number;
	rowsEach: number;
	windows: Window[];
	open(n8n: N8nClient): Promise<ListSource>;
	timeoutMs: number;
}

interface PairResult {
	/** The later of the two workflows' node times. */
	ms: number;
	refused: number;
	rows: number[];
	statuses: string[];
}

async function pairOfReads(n8n: N8nClient, sharedCase: SharedCredentialCase, node: (source: ListSource) => NodeSpec): Promise<PairResult> {
	const source = await sharedCase.open(n8n);
	try {
		const refusedBefore = source.refusals();
		const reads = await Promise.all([0, 1].map(() => timedRead(n8n, source, node(source), sharedCase.timeoutMs)));
		return {
			ms: Math.max(...reads.map((read) => read.ms)),
			refused: source.refusals() - refusedBefore,
			rows: reads.map((read) => read.rows),
			statuses: reads.map((read) => read.status),
		};
	} finally {
		await source.close();
	}
}

export async function runSharedCredential(n8n: N8nClient, sharedCase: SharedCredentialCase, runs: number): Promise<ScenarioReport> {
	const minimum = minimumMs(2 * sharedCase.pagesEach, sharedCase.windows);
	const ours: PairResult[] = [];
	const theirs: PairResult[] = [];
	// One run after another: each run is two workflows of this pack and two HTTP Request node workflows at once.
	for (let run = 0; run < runs; run++) {
		const [a, b] = await Promise.all([pairOfReads(n8n, sharedCase, (source) => source.ourNode), pairOfReads(n8n, sharedCase, (source) => source.httpNode(sharedCase.intervalMs))]);
		ours.push(a);
		theirs.push(b);
	}
	const rows = (results: PairResult[]) => {
		const all = results.flatMap((result) => result.rows);
		const full = `${count(sharedCase.rowsEach)}/${count(sharedCase.rowsEach)}`;
		return all.every((value) => value === sharedCase.rowsEach) ? `${full} each` : `${all.map(count).join(', ')} of ${count(sharedCase.rowsEach)} each`;
	};
	const line = (label: string, results: PairResult[]) =>
		`  ${label}: both done in ${spread(results.map((result) => result.ms), seconds)} = ${spread(results.map((result) => result.ms / minimum), times)} the minimum | ` +
		`rows ${rows(results)} | 429s ${each(results.map((result) => result.refused))} | ${[...new Set(results.flatMap((result) => result.statuses))].join('; ')}`;
	const row = (label: string, results: PairResult[], extra: Partial<SummaryRow>): SummaryRow => ({
		scenario: sharedCase.scenario,
		client: label,
		result: `${spread(results.map((result) => result.ms / minimum), times)} min`,
		rows: rows(results),
		refused: each(results.map((result) => result.refused)),
		...extra,
	});
	const clean = ours.every((result) => result.refused === 0 && result.rows.every((value) => value === sharedCase.rowsEach));
	return {
		title: `${sharedCase.scenario}: ${count(2 * sharedCase.pagesEach)} requests through one credential; minimum ${seconds(minimum)}`,
		details: [line(sharedCase.ourLabel, ours), line(sharedCase.httpLabel, theirs)],
		rows: [row(sharedCase.ourLabel, ours, { target: `0 429s, all rows: ${met(clean)}` }), row(sharedCase.httpLabel, theirs, {})],
	};
}
