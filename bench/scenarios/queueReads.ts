import type { N8nClient } from '../../test/n8n/harness/client';
import { met, type ScenarioReport, type SummaryRow } from '../report';
import type { ListSource, Window } from '../sources/types';
import { count, minimumMs, seconds, times } from '../stats';
import { timedRead } from '../timedRead';

/** The same read started `readers` times at once through one credential. */
export interface QueueReadCase {
	scenario: string;
	readers: number;
	pagesEach: number;
	rowsEach: number;
	windows: Window[];
	open(n8n: N8nClient): Promise<ListSource>;
	timeoutMs: number;
	/** The issue's target for the ratio to the minimum. */
	targetRatio: number;
}

interface TogetherResult {
	ms: number;
	rows: number[];
	refused: number;
	grants: number | undefined;
	statuses: string[];
}

/** Starts every read at once on a fresh source; the time is the slowest node's run time. */
async function readTogether(n8n: N8nClient, readCase: QueueReadCase): Promise<TogetherResult> {
	const source = await readCase.open(n8n);
	try {
		const reads = await Promise.all(Array.from({ length: readCase.readers }, async () => await timedRead(n8n, source, source.ourNode, readCase.timeoutMs)));
		return {
			ms: Math.max(...reads.map((read) => read.ms)),
			rows: reads.map((read) => read.rows),
			refused: source.refusals(),
			grants: source.tokenGrants?.(),
			statuses: [...new Set(reads.map((read) => read.status))],
		};
	} finally {
		await source.close();
	}
}

/** The reads in queue mode (one per worker) beside the same reads in one n8n process. */
export async function runQueueReads(queue: { client: N8nClient; workers: number }, single: N8nClient, readCase: QueueReadCase): Promise<ScenarioReport> {
	const minimum = minimumMs(readCase.readers * readCase.pagesEach, readCase.windows);
	const inQueue = await readTogether(queue.client, readCase);
	const inOne = await readTogether(single, readCase);
	const allRows = (result: TogetherResult) => result.rows.every((rows) => rows === readCase.rowsEach);
	const describe = (label: string, result: TogetherResult) =>
		`  ${label}: ${seconds(result.ms)} = ${times(result.ms / minimum)} the minimum | rows ${result.rows.map(count).join(', ')} of ${count(readCase.rowsEach)} each | ` +
		`429s ${result.refused}${result.grants === undefined ? '' : ` | token grants ${result.grants}`} | ${result.statuses.join('; ')}`;
	const row = (label: string, result: TogetherResult, target?: string): SummaryRow => ({
		scenario: readCase.scenario,
		client: label,
		result: `${times(result.ms / minimum)} min`,
		rows: allRows(result) ? `${count(readCase.rowsEach)} each` : result.rows.map(count).join(', '),
		refused: count(result.refused),
		target,
	});
	const clean = inQueue.refused === 0 && allRows(inQueue) && inQueue.ms / minimum <= readCase.targetRatio && (inQueue.grants === undefined || inQueue.grants === 1);
	const queueLabel = `queue mode, ${queue.workers} workers${inQueue.grants === undefined ? '' : `, ${inQueue.grants} token grant(s)`}`;
	return {
		title: `${readCase.scenario}: ${readCase.readers} reads of ${count(readCase.pagesEach)} pages at once through one credential; minimum ${seconds(minimum)}`,
		details: [describe(queueLabel, inQueue), describe('one n8n process', inOne)],
		rows: [
			row(queueLabel, inQueue, `0 429s, all rows, ≤${readCase.targetRatio}× min${inQueue.grants === undefined ? '' : ', 1 grant'}: ${met(clean)}`),
			row(`one n8n process${inOne.grants === undefined ? '' : `, ${inOne.grants} token grant(s)`}`, inOne),
		],
	};
}
