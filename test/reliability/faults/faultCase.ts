import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { addFaultLayer, type FaultLayer } from '../../mocks/shared/faults';
import type { MockServer } from '../../mocks/shared/mockServer';
import type { RequestLog } from '../../mocks/shared/requestLog';
import type { ConnectionSpec, N8nClient, NodeSpec, RunOptions } from '../../n8n/harness/client';
import type { ExecutionRecord } from '../../n8n/harness/execution';
import { recordReliability, type ServiceName } from '../ledger';
import { tallyRead, type ReadTally } from '../tally';

/**
 * Shared pieces of the fault matrix (docs/RELIABILITY.md, table "faults"): a fault layer on any mock, one ledger
 * row per case with its counts asserted, and a workflow run that keeps either the items or the error.
 * Only type imports from the n8n harness, so in-process tests can use this file without starting anything.
 */

/** The fault layer on a mock that exposes its middleware hook but not its server (Hive, Flowbox). */
export function faultLayerOn(mock: Pick<MockServer, 'use'>): FaultLayer {
	// addFaultLayer only calls `use`; the other MockServer members are never touched.
	return addFaultLayer({ use: mock.use } as MockServer);
}

/** What one fault case is about, in the words of a ledger row. */
export interface FaultCase {
	service: ServiceName;
	/** The operation, e.g. "SKU: Get Many". */
	subject: string;
	/** The fault, e.g. "503, 502, 500 on page 2". */
	trial: string;
	/** What the node must do, e.g. "retry, all rows once". */
	expected: string;
	runtime: 'real n8n' | 'in-process';
}

/** What the case measured; every count comes from observation. */
export interface FaultFigures {
	observed: string;
	/** Faults injected. */
	tried: number;
	lost?: number;
	duplicated?: number;
	doubleSent?: number;
	leaked?: number;
}

/** Records the case's ledger row, then asserts that nothing was lost, duplicated, sent twice or leaked. */
export function settleFaultCase(faultCase: FaultCase, figures: FaultFigures): void {
	const counts = { lost: figures.lost ?? 0, duplicated: figures.duplicated ?? 0, doubleSent: figures.doubleSent ?? 0, leaked: figures.leaked ?? 0 };
	recordReliability({ table: 'faults', ...faultCase, observed: figures.observed, tried: figures.tried, ...counts });
	expect({ observed: figures.observed, ...counts }).toEqual({ observed: figures.observed, lost: 0, duplicated: 0, doubleSent: 0, leaked: 0 });
}

/** How often any of the secrets occurs in the texts. */
export function secretsIn(texts: readonly string[], secrets: readonly string[]): number {
	let found = 0;
	for (const secret of secrets.filter((value) => value.length >= 6)) {
		for (const text of texts) found += text.split(secret).length - 1;
	}
	return found;
}

/** A workflow run that either emitted items or failed. */
export interface WorkflowOutcome {
	items: IDataObject[];
	/** The failing node's message and description, when the run failed. */
	error?: string;
	/** Everything n8n kept of the run and logged during it, for leak scans. */
	texts: string[];
}

function errorText(execution: ExecutionRecord | undefined, fallback: string): string {
	const error = execution?.error as { message?: string; description?: string | null } | undefined;
	return error ? `${error.message ?? ''} ${error.description ?? ''}`.trim() : fallback;
}

/** Runs the nodes in the real n8n and keeps the outcome instead of throwing when the workflow fails. */
export async function runCapturing(n8n: N8nClient, nodes: NodeSpec[], connections?: ConnectionSpec, options?: RunOptions): Promise<WorkflowOutcome> {
	const logMark = n8n.logSize();
	try {
		const result = await n8n.run(nodes, connections, options);
		const stored = JSON.stringify(await result.execution());
		return { items: result.items, texts: [stored, n8n.readLog(logMark)] };
	} catch (error) {
		// A WorkflowRunError carries the stored execution; anything else (n8n unreachable) is the test's failure.
		if (!(error instanceof Error) || !('execution' in error)) throw error;
		const execution = error.execution as ExecutionRecord | undefined;
		const stored = JSON.stringify(execution ?? error.message);
		return { items: [], error: errorText(execution, error.message), texts: [stored, error.message, n8n.readLog(logMark)] };
	}
}

/**
 * What a read emitted against what it had to emit (keys by `keyOf`, default `id`). A failed run emitted nothing
 * and said so, which is not silent loss: its `lost` is 0, and the test checks the error instead.
 */
export function emittedAgainst(
	outcome: Pick<WorkflowOutcome, 'items' | 'error'>,
	mustAppear: readonly unknown[],
	mayAppear: readonly unknown[] = [],
	keyOf: (item: IDataObject) => unknown = (item) => item.id,
): ReadTally {
	const tally = tallyRead(outcome.items.map(keyOf), mustAppear, mayAppear);
	return outcome.error === undefined ? tally : { ...tally, lost: 0 };
}

/** The outcome of a node's execute() run in-process: the JSON it emitted, or the error it threw. */
export async function executeCapturing(run: Promise<INodeExecutionData[][]>): Promise<WorkflowOutcome> {
	try {
		const [items = []] = await run;
		const emitted = items.map((item) => item.json);
		return { items: emitted, texts: [JSON.stringify(emitted)] };
	} catch (error) {
		const { message, description } = error as { message: string; description?: string | null };
		return { items: [], error: `${message} ${description ?? ''}`.trim(), texts: [message, String(description ?? ''), JSON.stringify(error)] };
	}
}

/**
 * Ends the hangs still pending and waits until the mock has logged them (a hung request is logged when it ends),
 * so the log shows every request that arrived. Returns how many faults were injected; clears the layer.
 */
export async function releaseHangs(faults: FaultLayer, log: RequestLog, mark: number): Promise<number> {
	const injected = faults.injected.length;
	const hung = faults.injected.filter((fault) => fault.kind === 'hang').length;
	faults.clear();
	for (let turn = 0; turn < 1000 && log.since(mark).filter((entry) => entry.status === 0).length < hung; turn++) {
		await new Promise((resolve) => setImmediate(resolve));
	}
	return injected;
}

/** Says whether an item that came or went during a read was among the emitted ones (for `observed`). */
export function emittedOrNot(items: readonly IDataObject[], key: unknown, keyOf: (item: IDataObject) => unknown = (item) => item.id): string {
	const times = items.filter((item) => keyOf(item) === key).length;
	return times === 0 ? 'not emitted' : times === 1 ? 'emitted once' : `emitted ${times} times`;
}
