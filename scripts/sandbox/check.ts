import { describeFailure, toExecutionRecord, UNFINISHED_STATUSES, type ExecutionRecord } from '../../test/n8n/harness/execution';
import { rest, type Session } from '../../test/n8n/harness/rest';
import { waitFor } from '../../test/n8n/harness/wait';
import type { CredentialsByType } from './credentials';
import type { ExampleWorkflow, ImportedExample } from './examples';
import type { RunningService } from './registry';
import { servedNodeTypes } from './servedTypes';
import { missedEnds, startNodes } from './workflowEnds';

const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';
const RUN_TIMEOUT_MS = 90_000;

export interface CheckResult {
	what: string;
	ok: boolean;
	ms: number;
	detail: string;
}

/** --check: the imported examples are in n8n with every node type they use, and each unpublished one runs to its ends. */
export async function checkExamples(session: Session, examples: ImportedExample[]): Promise<CheckResult[]> {
	const results: CheckResult[] = [];
	const loadedTypes = await nodeTypeNames(session);
	for (const example of examples) {
		const started = Date.now();
		const workflow = await rest<ExampleWorkflow & { id: string; active?: boolean }>(session, 'GET', `/workflows/${example.id}`);
		const missing = [...new Set(workflow.nodes.map((node) => node.type))].filter((type) => !loadedTypes.has(type));
		results.push({
			what: `${example.file} is in n8n as "${workflow.name}" (${example.id})`,
			ok: missing.length === 0,
			ms: Date.now() - started,
			detail: missing.length === 0 ? `${workflow.nodes.length} nodes, all types loaded` : `node types n8n did not load: ${missing.join(', ')}`,
		});
		const start = startOf(workflow);
		if (start) results.push(await runManually(session, example, workflow, start));
	}
	return results;
}

/**
 * Where the editor's "Execute workflow" starts: the Manual Trigger, or the trigger of an unpublished workflow (a
 * schedule or poll trigger runs once, as with "Fetch Test Event"). Published ones are left to trigger-check.ts.
 */
function startOf(workflow: ExampleWorkflow & { active?: boolean }): string | undefined {
	const manual = workflow.nodes.find((node) => node.type === MANUAL_TRIGGER);
	if (manual) return manual.name;
	const starts = startNodes(workflow);
	return workflow.active || starts.length !== 1 ? undefined : starts[0];
}

/** The editor's credential Test button for each sandbox credential: proves it reaches its mock with the right keys. */
export async function checkCredentials(session: Session, services: RunningService[], credentials: CredentialsByType): Promise<CheckResult[]> {
	const results: CheckResult[] = [];
	for (const { service, mock } of services) {
		const started = Date.now();
		const { type } = service.credential;
		const stored = credentials.get(type);
		const answer = await rest<{ status: string; message: string }>(session, 'POST', '/credentials/test', {
			credentials: { id: stored?.id, name: stored?.name, type, data: mock.credentialData },
		}).catch((error: Error) => ({ status: 'Error', message: error.message }));
		const ok = answer.status === 'OK';
		results.push({ what: `credential "${service.credential.name}" passes its Test`, ok, ms: Date.now() - started, detail: ok ? answer.message || 'OK' : answer.message });
	}
	return results;
}

/** What the editor's "Execute workflow" button does: POST /rest/workflows/:id/run, then read the stored execution. */
async function runManually(session: Session, example: ImportedExample, workflow: ExampleWorkflow & { id: string }, triggerName: string): Promise<CheckResult> {
	const started = Date.now();
	const what = `${example.file} runs from "${triggerName}"`;
	try {
		const answer = await rest<{ executionId?: string; waitingForWebhook?: boolean }>(session, 'POST', `/workflows/${workflow.id}/run`, {
			workflowData: workflow,
			triggerToStartFrom: { name: triggerName },
		});
		if (!answer?.executionId) throw new Error(`n8n started no execution: ${JSON.stringify(answer)}`);
		const execution = await waitForFinished(session, answer.executionId);
		const ms = Date.now() - started;
		if (execution.status !== 'success') return { what, ok: false, ms, detail: describeFailure(execution) };
		// A run that stops early (a filter passing nothing) succeeds too; the example must reach every end.
		const missed = missedEnds(workflow, execution.nodesRun);
		const counts = `execution ${execution.id}: ${itemCounts(execution)}`;
		if (missed.length > 0) return { what, ok: false, ms, detail: `${counts}; never reached: ${missed.join(', ')}` };
		return { what, ok: true, ms, detail: counts };
	} catch (error) {
		return { what, ok: false, ms: Date.now() - started, detail: (error as Error).message };
	}
}

async function waitForFinished(session: Session, executionId: string): Promise<ExecutionRecord> {
	return waitFor(
		`execution ${executionId} to finish`,
		async () => {
			const execution = toExecutionRecord(await rest(session, 'GET', `/executions/${executionId}`));
			return UNFINISHED_STATUSES.includes(execution.status) ? undefined : execution;
		},
		{ timeoutMs: RUN_TIMEOUT_MS, intervalMs: 200 },
	);
}

/** "All SKUs 60, Low stock 12": items each node emitted on its first output. */
function itemCounts(execution: ExecutionRecord): string {
	return execution.nodesRun.map((node) => `${node} ${execution.output(node).length}`).join(', ');
}

async function nodeTypeNames(session: Session): Promise<Set<string>> {
	return new Set((await servedNodeTypes(session)).map((type) => type.name));
}
