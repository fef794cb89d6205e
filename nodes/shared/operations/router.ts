import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { asNodeError } from '../errors/asNodeError';
import { ItemParameters } from '../input/itemParameters';
import { createApiClient } from '../transport/apiClient';
import type { ServiceProfile } from '../transport/types';
import { errorItem } from './errorItem';
import { appendPaired } from './outputItems';
import { settleInOrder } from './settleInOrder';
import type { Operation, Resource } from './types';

/** Items of a read in flight at once: enough to hide a request's latency, few enough to stay polite. */
const CONCURRENT_READS = 4;

function findOperation(ctx: IExecuteFunctions, resources: Resource[]): Operation {
	const resourceValue = ctx.getNodeParameter('resource', 0) as string;
	const operationValue = ctx.getNodeParameter('operation', 0) as string;
	const operation = resources.find((r) => r.value === resourceValue)?.operations.find((o) => o.value === operationValue);
	if (!operation) throw new NodeOperationError(ctx.getNode(), `The operation "${operationValue}" of "${resourceValue}" is not supported`);
	return operation;
}

/**
 * The execute() of every action node: finds the chosen operation, runs it per item (or once for bulk operations),
 * pairs every output with its input, and turns a failure into an error item when Continue On Fail is set.
 */
export async function runOperations(ctx: IExecuteFunctions, resources: Resource[], profile: ServiceProfile): Promise<INodeExecutionData[][]> {
	const operation = findOperation(ctx, resources);
	const items = ctx.getInputData();
	const client = await createApiClient(ctx, operation.profile ?? profile);
	if (operation.runAll) return [await operation.runAll({ ctx, client, items })];
	if (!operation.run) throw new NodeOperationError(ctx.getNode(), `The operation "${operation.name}" cannot run`);
	const run = operation.run.bind(operation);
	const stopAfterFailure = !ctx.continueOnFail();
	const outcomes = await settleInOrder(
		items.length,
		operation.concurrentItems ? CONCURRENT_READS : 1,
		async (itemIndex) => await run({ ctx, client, params: new ItemParameters(ctx, itemIndex), itemIndex }),
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
