import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { asNodeError } from '../errors/asNodeError';
import { ItemParameters } from '../input/itemParameters';
import { DEFAULT_RETRY_BUDGET_SECONDS, retryBudgetMs } from '../retry/retryBudget';
import type { ApiClient } from '../transport/apiClient';
import { ExecutionClients } from '../transport/executionClients';
import type { ServiceProfile } from '../transport/types';
import { RETRY_BUDGET_PARAMETER, retryBudgetProperty } from './description';
import { errorItem } from './errorItem';
import { appendPaired } from './outputItems';
import { settleInOrder } from './settleInOrder';
import { toolAnswerFor } from './toolAnswer';
import { failuresBecomeItems } from './toolFailures';
import type { Operation, Resource } from './types';

/** Items of a read in flight at once: enough to hide a request's latency, few enough to stay polite. */
const CONCURRENT_READS = 4;

function findOperation(ctx: IExecuteFunctions, resources: Resource[]): { resource: Resource; operation: Operation } {
	const resourceValue = ctx.getNodeParameter('resource', 0) as string;
	const operationValue = ctx.getNodeParameter('operation', 0) as string;
	const resource = resources.find((r) => r.value === resourceValue);
	const operation = resource?.operations.find((o) => o.value === operationValue);
	if (!resource || !operation) throw new NodeOperationError(ctx.getNode(), `The operation "${operationValue}" of "${resourceValue}" is not supported`);
	return { resource, operation };
}

/** The node's Retry Budget in milliseconds; checked before any request, like every field. Older nodes lack it: 60 s. */
function retryBudgetOf(ctx: IExecuteFunctions): number {
	const params = new ItemParameters(ctx, 0);
	const seconds = params.numberOf(retryBudgetProperty.displayName, params.raw(RETRY_BUDGET_PARAMETER, DEFAULT_RETRY_BUDGET_SECONDS), { min: 0 });
	return retryBudgetMs(seconds);
}

/**
 * The execute() of every action node: finds the chosen operation, runs it per item (or once for bulk operations),
 * pairs every output with its input, and turns a failure into an error item when Continue On Fail is set or the
 * node runs as an AI tool (see toolFailures.ts). As a tool, its answer is also fitted to the model (toolAnswer.ts).
 */
export async function runOperations(ctx: IExecuteFunctions, resources: Resource[], profile: ServiceProfile): Promise<INodeExecutionData[][]> {
	const { resource, operation } = findOperation(ctx, resources);
	const answer = toolAnswerFor(ctx, resource, operation);
	const clients = new ExecutionClients(ctx, { retryBudgetMs: retryBudgetOf(ctx) });
	try {
		return answer(await runWith(ctx, operation, clients, await clients.clientFor(operation.profile ?? profile)));
	} finally {
		// Said once per execution of the node, after its last request, whether it succeeded or not.
		tellWaits(ctx, clients.waits.summary());
	}
}

/** The waits and repeats as an execution hint. Only a note: a context without hints must not fail the run or replace its error. */
function tellWaits(ctx: IExecuteFunctions, summary: string | undefined): void {
	if (summary && typeof ctx.addExecutionHints === 'function') ctx.addExecutionHints({ message: summary, type: 'info', location: 'outputPane' });
}

async function runWith(ctx: IExecuteFunctions, operation: Operation, clients: ExecutionClients, client: ApiClient): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const clientFor = async (other: ServiceProfile) => await clients.clientFor(other);
	if (operation.runAll) return [await operation.runAll({ ctx, client, clientFor, items })];
	if (!operation.run) throw new NodeOperationError(ctx.getNode(), `The operation "${operation.name}" cannot run`);
	const run = operation.run.bind(operation);
	const stopAfterFailure = !failuresBecomeItems(ctx);
	const outcomes = await settleInOrder(
		items.length,
		operation.concurrentItems ? CONCURRENT_READS : 1,
		async (itemIndex) => await run({ ctx, client, clientFor, params: new ItemParameters(ctx, itemIndex), itemIndex }),
		stopAfterFailure,
	);
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < outcomes.length; itemIndex++) {
		const outcome = outcomes[itemIndex];
		if (!outcome) break; // not started: an earlier item failed
		if (outcome.ok) {
			appendPaired(output, outcome.value, itemIndex);
		} else {
			if (stopAfterFailure) throw asNodeError(ctx.getNode(), outcome.error, itemIndex);
			output.push(errorItem(outcome.error, itemIndex, client.secrets));
		}
	}
	return [output];
}
