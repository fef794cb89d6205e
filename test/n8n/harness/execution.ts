import type { ExecutionError, IDataObject, ITaskData } from 'n8n-workflow';
import { parseFlatted } from './flatted';

/** One row of GET /rest/executions. */
export interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: 'new' | 'running' | 'success' | 'error' | 'canceled' | 'crashed' | 'waiting' | 'unknown';
	mode: string;
	startedAt: string | null;
	stoppedAt: string | null;
}

export interface RunExecutionData {
	resultData: {
		runData: Record<string, ITaskData[]>;
		error?: ExecutionError;
		lastNodeExecuted?: string;
	};
}

/** GET /rest/executions/:id with its run data decoded, plus shortcuts for what tests assert on. */
export interface ExecutionRecord extends ExecutionSummary {
	data: RunExecutionData;
	/** The error that stopped the execution, if any (a node error caught by onError does not stop it). */
	error: ExecutionError | undefined;
	/** Names of the nodes that ran, in the order n8n stored them. */
	nodesRun: string[];
	/** The JSON of the items a node emitted on one output (default: first output, first run). */
	output(nodeName: string, outputIndex?: number, runIndex?: number): IDataObject[];
	/** The error a node raised, whether or not onError let the workflow continue. */
	nodeError(nodeName: string, runIndex?: number): ExecutionError | undefined;
}

export const UNFINISHED_STATUSES: ReadonlyArray<ExecutionSummary['status']> = ['new', 'running', 'waiting'];

export function toExecutionRecord(raw: ExecutionSummary & { data: string | RunExecutionData }): ExecutionRecord {
	const data = (typeof raw.data === 'string' ? parseFlatted(raw.data) : raw.data) as RunExecutionData;
	const runData = data.resultData?.runData ?? {};
	const task = (nodeName: string, runIndex: number): ITaskData => {
		const runs = runData[nodeName];
		if (!runs?.[runIndex]) {
			throw new Error(`Node "${nodeName}" has no run ${runIndex} in execution ${raw.id}; nodes that ran: ${Object.keys(runData).join(', ')}`);
		}
		return runs[runIndex];
	};
	return {
		...raw,
		data,
		error: data.resultData?.error,
		nodesRun: Object.keys(runData),
		output: (nodeName, outputIndex = 0, runIndex = 0) =>
			(task(nodeName, runIndex).data?.main?.[outputIndex] ?? []).map((item) => item.json),
		nodeError: (nodeName, runIndex = 0) => task(nodeName, runIndex).error,
	};
}

/** One line naming the failing node and n8n's message, for assertion and error messages. */
export function describeFailure(execution: ExecutionRecord): string {
	const error = execution.error as (ExecutionError & { node?: { name?: string } }) | undefined;
	if (!error) return `execution ${execution.id} ended with status ${execution.status} and no error`;
	const node = error.node?.name ?? execution.data.resultData.lastNodeExecuted ?? 'unknown node';
	const description = error.description ? ` (${error.description})` : '';
	return `execution ${execution.id}: node "${node}" failed: ${error.message}${description}`;
}
