import { recordedAnswers } from '../../harness/runRecords';
import type { N8nClient } from '../../harness/client';
import type { ExecutionSummary } from '../../harness/execution';
import { parseFlatted } from '../../harness/flatted';
import type { ScannedText } from './leakScan';

/** JSON of a decoded run, each shared object written once (run data can point back at itself). */
function jsonOnce(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, (_key, entry: unknown) => {
		if (entry && typeof entry === 'object') {
			if (seen.has(entry)) return '[written above]';
			seen.add(entry);
		}
		return entry;
	});
}

/** One stored execution as GET /rest/executions/:id gives it: run data (flatted), error, the workflow's nodes. */
interface StoredExecution extends ExecutionSummary {
	data: string;
	workflowData?: { nodes?: Array<{ type: string }> };
}

export interface ExecutionText extends ScannedText {
	status: ExecutionSummary['status'];
	/** Node types of the workflow that ran, to tell which services it involved. */
	nodeTypes: string[];
}

/**
 * The full stored data of every execution: run data of every node, items and errors (decoded from n8n's flatted
 * form, so every string is read once, unescaped) plus the rest of the record as JSON.
 */
export async function executionTexts(n8n: N8nClient): Promise<ExecutionText[]> {
	const texts: ExecutionText[] = [];
	for (const summary of await n8n.listAllExecutions()) {
		const stored = await n8n.rest<StoredExecution>('GET', `/executions/${summary.id}`);
		const { data, ...record } = stored;
		const runData = jsonOnce(typeof data === 'string' ? parseFlatted(data) : data);
		texts.push({
			source: `execution ${summary.id} (${summary.status})`,
			text: `${runData}\n${JSON.stringify(record)}`,
			status: summary.status,
			nodeTypes: (stored.workflowData?.nodes ?? []).map((node) => node.type),
		});
	}
	return texts;
}

/** n8n's whole log of this run (JSON lines, debug level unless the harness was told otherwise). */
export function logText(n8n: N8nClient): ScannedText & { lineCount: number } {
	const text = n8n.readLog();
	return { source: 'n8n.log', text, lines: true, lineCount: text.split('\n').filter(Boolean).length };
}

/** What n8n answered every webhook call the tests made through the harness. */
export function answerTexts(n8n: N8nClient): ScannedText[] {
	return recordedAnswers(n8n.info.tempDir).map((answer, index) => ({
		source: `webhook answer ${index + 1} (${answer.status} ${new URL(answer.url).pathname})`,
		text: answer.text,
	}));
}
