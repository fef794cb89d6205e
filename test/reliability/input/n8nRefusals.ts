import type { INodeParameters } from 'n8n-workflow';
import { WorkflowRunError, type N8nClient, type NodeSpec } from '../../n8n/harness/client';
import type { RequestLog } from '../../mocks/shared/requestLog';
import { recordReliability, type ServiceName } from '../ledger';
import type { InputClass } from './invalidValues';

/** One bad input for a real n8n: the node's parameters (bad values usually come through expressions) and its field. */
export interface RealCase {
	inputClass: InputClass | string;
	parameters: INodeParameters;
	/** The names the error must give the field. */
	labels: string[];
}

export interface RealOutcome {
	/** Why the run fell short; undefined when it was refused with the field named and nothing sent. */
	problem?: string;
	sent: number;
	leaked: number;
}

/**
 * Runs the node in the real n8n with a bad input and reads what the user would: the stored execution's error for
 * the node. The mock's log tells whether anything was sent; the execution and n8n's log are scanned for secrets.
 */
export async function refusalInN8n(n8n: N8nClient, node: NodeSpec, log: RequestLog, labels: string[], secrets: string[]): Promise<RealOutcome> {
	const mark = log.lastSeq;
	const logOffset = n8n.logSize();
	const failure = await n8n.runWorkflow([node]).then(
		() => undefined,
		(error: unknown) => {
			if (error instanceof WorkflowRunError) return error;
			throw error;
		},
	);
	const sent = log.lastSeq - mark;
	if (!failure) return { problem: 'the workflow succeeded', sent, leaked: 0 };
	const error = failure.execution?.nodeError(node.name) ?? failure.execution?.error;
	const shown = `${String(error?.message)} ${String(error?.description ?? '')}`;
	const stored = `${JSON.stringify(failure.execution?.data ?? {})}${failure.body}${n8n.readLog(logOffset)}`;
	const leaked = secrets.filter((secret) => stored.includes(secret)).length;
	const problem = sent > 0 ? `${sent} request(s) reached the mock` : !labels.some((label) => shown.includes(label)) ? `the error does not name "${labels[0]}": ${shown}` : undefined;
	return { problem: problem ?? (leaked ? `${leaked} secret(s) in the execution or log` : undefined), sent, leaked };
}

/** Runs every case; returns the problems (as "class: problem") and records one ledger row for the node. */
export async function runRealCases(service: ServiceName, n8n: N8nClient, nodeOf: (parameters: INodeParameters) => NodeSpec, log: () => RequestLog, cases: RealCase[], secrets: string[]): Promise<{ problems: string[]; sent: number; leaked: number }> {
	const problems: string[] = [];
	let sent = 0;
	let leaked = 0;
	for (const { inputClass, parameters, labels } of cases) {
		const outcome = await refusalInN8n(n8n, nodeOf(parameters), log(), labels, secrets);
		sent += outcome.sent;
		leaked += outcome.leaked;
		if (outcome.problem) problems.push(`${inputClass} (${labels[0]}): ${outcome.problem}`);
	}
	const kinds = [...new Set(cases.map((entry) => entry.inputClass))];
	recordReliability({
		table: 'input',
		service,
		subject: 'sample of the in-process cases',
		trial: `${cases.length} inputs of ${kinds.length} kinds`,
		expected: 'execution error names the field, mock gets nothing',
		observed: `${cases.length - problems.length}/${cases.length} refused by name, ${sent} sent`,
		tried: cases.length,
		lost: 0,
		duplicated: 0,
		doubleSent: sent,
		leaked,
		runtime: 'real n8n',
	});
	return { problems, sent, leaked };
}
