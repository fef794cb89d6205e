import type { IDataObject } from 'n8n-workflow';
import { WorkflowRunError, type ExecutionRecord, type N8nClient, type NodeSpec } from '../test/n8n/harness/client';
import { rowsOf, type ListSource } from './sources/types';

export interface ReadResult {
	/** The node's own run time as n8n recorded it (executionTime), in the n8n process's clock. */
	ms: number;
	/** Distinct rows the workflow delivered. */
	rows: number;
	/** Rate-limit refusals (429) the mock answered during the read. */
	refused: number;
	/** List requests the mock answered during the read. */
	requests: number;
	/** "success", or "failed: …" with n8n's message. */
	status: string;
}

/** The time n8n recorded for one node's run in a stored execution. */
export function nodeMs(execution: ExecutionRecord, nodeName: string): number {
	const task = execution.data.resultData.runData[nodeName]?.[0];
	return task ? task.executionTime : Number.NaN;
}

export function distinctRows(rows: IDataObject[], rowId: string): number {
	return new Set(rows.map((row) => row[rowId]).filter((id) => id !== undefined)).size;
}

/**
 * Runs one read as a workflow (webhook → node) and reports what the user got: rows, the node's time, and what the
 * mock refused meanwhile. A failed run delivers nothing.
 */
export async function timedRead(n8n: N8nClient, source: ListSource, node: NodeSpec, timeoutMs: number): Promise<ReadResult> {
	const pages = node.type === 'n8n-nodes-base.httpRequest';
	const refusedBefore = source.refusals();
	const requestsBefore = source.requests();
	const counts = () => ({ refused: source.refusals() - refusedBefore, requests: source.requests() - requestsBefore });
	try {
		const run = await n8n.run([node], undefined, { timeoutMs });
		const rows = distinctRows(rowsOf(run.items, source, pages), source.rowId);
		return { ms: nodeMs(await run.execution(), node.name), rows, ...counts(), status: 'success' };
	} catch (error) {
		const execution = error instanceof WorkflowRunError ? error.execution : undefined;
		const message = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
		return { ms: execution ? nodeMs(execution, node.name) : Number.NaN, rows: 0, ...counts(), status: `failed: ${message}` };
	}
}
