import { describeFailure, toExecutionRecord, UNFINISHED_STATUSES, type ExecutionSummary } from '../../test/n8n/harness/execution';
import { rest, type Session } from '../../test/n8n/harness/rest';
import { waitFor } from '../../test/n8n/harness/wait';
import type { CheckResult } from './check';
import type { ImportedExample } from './examples';
import type { RunningService } from './registry';
import type { TriggerWorkflow } from './service';
import { endNodes, type ConnectedWorkflow } from './workflowEnds';

const DELIVERY_TIMEOUT_MS = 30_000;

/**
 * --check for published trigger examples: the service's mock sends one event the way the service would, and the
 * workflow must start and succeed. Services without `fireTrigger` (poll triggers) are left to the import check.
 */
export async function checkTriggers(session: Session, examples: ImportedExample[], services: RunningService[]): Promise<CheckResult[]> {
	const results: CheckResult[] = [];
	for (const example of examples) {
		const mock = services.find(({ service }) => service.title === example.service)?.mock;
		if (!mock?.fireTrigger) continue;
		const workflow = await rest<TriggerWorkflow & ConnectedWorkflow & { active?: boolean }>(session, 'GET', `/workflows/${example.id}`);
		if (!workflow.active) continue;
		const what = `${example.file} starts when ${mock.triggerEvent ?? 'the mock sends an event'}`;
		results.push(await fireOnce(session, workflow, (target) => mock.fireTrigger!(target, session.baseUrl), what));
	}
	return results;
}

async function fireOnce(session: Session, workflow: TriggerWorkflow & ConnectedWorkflow, fire: (workflow: TriggerWorkflow) => Promise<string>, what: string): Promise<CheckResult> {
	const started = Date.now();
	try {
		const before = new Set((await listExecutions(session, workflow.id)).map((execution) => execution.id));
		const sent = await fire(workflow);
		const fresh = await waitFor(
			`a finished execution of "${workflow.name}" after the event`,
			async () => {
				const found = (await listExecutions(session, workflow.id)).find((execution) => !before.has(execution.id));
				return found && !UNFINISHED_STATUSES.includes(found.status) ? found : undefined;
			},
			{ timeoutMs: DELIVERY_TIMEOUT_MS, intervalMs: 200 },
		);
		const execution = toExecutionRecord(await rest(session, 'GET', `/executions/${fresh.id}`));
		if (execution.status !== 'success') return { what, ok: false, ms: Date.now() - started, detail: describeFailure(execution) };
		// One event takes one branch, so it must reach one of the ends, not all of them.
		const ends = endNodes(workflow);
		const reached = ends.filter((name) => execution.nodesRun.includes(name));
		const ok = reached.length > 0;
		const detail = ok ? `${sent}; execution ${execution.id} reached ${reached.join(', ')}` : `${sent}; execution ${execution.id} reached none of ${ends.join(', ')}`;
		return { what, ok, ms: Date.now() - started, detail };
	} catch (error) {
		return { what, ok: false, ms: Date.now() - started, detail: (error as Error).message };
	}
}

async function listExecutions(session: Session, workflowId: string): Promise<ExecutionSummary[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	return (await rest<{ results: ExecutionSummary[] }>(session, 'GET', `/executions?filter=${filter}&limit=20`)).results;
}
