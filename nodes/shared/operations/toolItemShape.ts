import type { IDataObject } from 'n8n-workflow';
import type { ToolAnswerBudget } from './toolAnswerBudget';
import type { Resource } from './types';

const ERROR_ITEM_FIELDS = new Set(['error', 'description', 'httpCode']);

/** The item errorItem.ts makes for a failed call: the model must get it whole, whatever fields were chosen. */
export function isErrorItem(json: IDataObject): boolean {
	return typeof json.error === 'string' && Object.keys(json).every((key) => ERROR_ITEM_FIELDS.has(key));
}

function pick(json: IDataObject, fields: string[]): IDataObject {
	const picked: IDataObject = {};
	for (const field of fields) if (field in json) picked[field] = json[field];
	return picked;
}

/** One record as the model gets it: only the Fields to Return if set, else the resource's short form if it has one. */
export function shapeForTool(json: IDataObject, budget: ToolAnswerBudget, resource: Resource): IDataObject {
	if (isErrorItem(json)) return json;
	if (budget.fieldsToReturn.length) return pick(json, budget.fieldsToReturn);
	if (budget.compactItems && resource.compactForTool) return resource.compactForTool(json);
	return json;
}
