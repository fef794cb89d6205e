import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { fitToBudget } from './fitToBudget';
import { narrowingFields } from './narrowingFields';
import { toolAnswerBudgetOf } from './toolAnswerBudget';
import { cutNote, partialNote } from './toolAnswerNote';
import { runsAsAiTool } from './toolFailures';
import { shapeForTool } from './toolItemShape';
import type { Operation, Resource } from './types';

export type OutputShaper = (output: INodeExecutionData[][]) => INodeExecutionData[][];

/** The Limit a list stopped at (so more may exist), when the operation has one and Return All is off. */
function listLimitOf(ctx: IExecuteFunctions, operation: Operation): number | undefined {
	if (!operation.properties?.some((property) => property.name === 'limit')) return undefined;
	try {
		if (String(ctx.getNodeParameter('returnAll', 0, false)) === 'true') return undefined;
		const limit = Number(ctx.getNodeParameter('limit', 0, Number.NaN));
		return Number.isFinite(limit) ? limit : undefined;
	} catch {
		// A field the operation could not read: it has said so in an error item already, and that item is never cut.
		return undefined;
	}
}

/**
 * What an AI agent gets from the node as its tool: each record in the short form the user chose, and a list that
 * would flood the model's context cut to the Tool Answer Budget, with a note saying so (see docs/AI-AGENTS.md).
 * Outside tool mode the output passes through untouched. The budget is read now, before any request.
 */
export function toolAnswerFor(ctx: IExecuteFunctions, resource: Resource, operation: Operation): OutputShaper {
	const node = ctx.getNode();
	if (!runsAsAiTool(node)) return (output) => output;
	const budget = toolAnswerBudgetOf(ctx);
	return (output) =>
		output.map((items) => {
			const shaped = items.map((item) => ({ ...item, json: shapeForTool(item.json, budget, resource) }));
			const limit = listLimitOf(ctx, operation);
			const facts = {
				total: items.length,
				totalIsMinimum: limit !== undefined && items.length >= limit,
				budget,
				narrowing: narrowingFields(operation.properties ?? [], node.parameters),
			};
			return fitToBudget(shaped, budget, {
				cut: (shown) => cutNote({ ...facts, shown }),
				partial: (itemCharacters, shownCharacters) => partialNote({ ...facts, itemCharacters, shownCharacters }),
			});
		});
}
