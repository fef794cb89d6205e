import type { INodeProperties } from 'n8n-workflow';
import { inputHint, requiredInputs } from './inputHint';
import type { Operation, Resource } from './types';

/**
 * n8n's own name for a tool's description. When a node has a property of this name, n8n adds neither its "Set
 * Automatically" choice nor its field, and sends the property's value to the model (the short "<action> in
 * <node>" only when it is empty).
 */
export const TOOL_DESCRIPTION_PARAMETER = 'toolDescription';

/** Whether a list reads up to Limit or everything: a model must be able to tell such tools apart. */
export type ListMode = 'limit' | 'all';

const LIST_NOTES: Record<ListMode, string> = {
	limit: 'It gives at most as many as the Limit set on this tool (the first results only).',
	all: 'It reads every page (Return All), so the answer can be long; narrow it with the filters the tool offers.',
};

function sentence(text: string): string {
	const trimmed = text.trim();
	return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Whether an operation is a list with Return All and Limit of its own (not only under some paging choice). */
export function listsWithLimit(operation: Operation): boolean {
	return (operation.properties ?? []).some((property) => property.name === 'returnAll' && !property.displayOptions);
}

/** The description a model reads: what the operation does, what it returns, and what a call needs. */
export function toolDescriptionText(operation: Operation, listMode?: ListMode): string {
	const parts = [`${operation.action}: ${sentence(operation.description)}`];
	if (operation.returns) parts.push(sentence(`Returns ${operation.returns}`));
	if (listMode) parts.push(LIST_NOTES[listMode]);
	const needs = requiredInputs(operation.properties ?? []).map((property) => {
		const hint = inputHint(property);
		return hint ? `${property.displayName} (${hint})` : property.displayName;
	});
	if (needs.length) parts.push(sentence(`Needs ${needs.join('; ')}`));
	return parts.join(' ');
}

function toolDescriptionProperty(resource: Resource, operation: Operation, listMode?: ListMode): INodeProperties {
	const show = { '@tool': [true], resource: [resource.value], operation: [operation.value], ...(listMode ? { returnAll: [listMode === 'all'] } : {}) };
	return {
		displayName: 'Tool Description',
		name: TOOL_DESCRIPTION_PARAMETER,
		type: 'string',
		typeOptions: { rows: 4 },
		default: toolDescriptionText(operation, listMode),
		description:
			"What the AI agent's model reads about this tool: what it does, returns and needs. Add what only you know, e.g. the number of results the Limit gives or when to use this tool.",
		displayOptions: { show },
	};
}

/**
 * On the node's tool form only ("@tool"), one Tool Description per operation (and per Return All choice), each
 * prefilled with that operation's text: n8n's automatic description is only "<action> in <node>", which cannot
 * tell a Limit 5 list from a Return All one and says nothing of what the tool returns or needs.
 */
export function toolDescriptionProperties(resources: Resource[]): INodeProperties[] {
	return resources.flatMap((resource) =>
		resource.operations.flatMap((operation) =>
			listsWithLimit(operation)
				? [toolDescriptionProperty(resource, operation, 'limit'), toolDescriptionProperty(resource, operation, 'all')]
				: [toolDescriptionProperty(resource, operation)],
		),
	);
}
