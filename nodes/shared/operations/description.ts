import type { INodeProperties } from 'n8n-workflow';
import { DEFAULT_RETRY_BUDGET_SECONDS } from '../retry/retryBudget';
import {
	DEFAULT_TOOL_ANSWER_CHARACTERS,
	DEFAULT_TOOL_ANSWER_ITEMS,
	MIN_TOOL_ANSWER_CHARACTERS,
	TOOL_ANSWER_FIELDS,
	TOOL_ANSWER_PARAMETER,
} from './toolAnswerBudget';
import { toolDescriptionProperties } from './toolDescription';
import { withModelDefinedTwin } from './toolInputs';
import type { Resource } from './types';

export const RETRY_BUDGET_PARAMETER = 'retryBudgetSeconds';

/** Every action node's option for riding out an outage: how long safe requests are repeated after faults. */
export const retryBudgetProperty: INodeProperties = {
	displayName: 'Retry Budget (Seconds)',
	name: RETRY_BUDGET_PARAMETER,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: DEFAULT_RETRY_BUDGET_SECONDS,
	description:
		'How long to keep repeating a read (or another request that is safe to repeat) while the service is unreachable or answers 5xx, e.g. during a deploy. 0 turns these retries off. Requests that may have changed data are never repeated.',
};

const { compactItems, fieldsToReturn, maxCharacters, maxItems } = TOOL_ANSWER_FIELDS;

/** Every action node's option for what an AI agent gets back from it as a tool (see toolAnswer.ts). */
export const toolAnswerProperty: INodeProperties = {
	displayName: 'Tool Answer Budget',
	name: TOOL_ANSWER_PARAMETER,
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	// n8n's "@tool" condition shows it on the node's tool form only: in a plain workflow it would change nothing.
	displayOptions: { show: { '@tool': [true] } },
	description:
		'Only when an AI agent uses this node as a tool: how much of a result the model gets. A longer result is cut to fit, and the model is told how many items exist and which fields narrow the list. Outside an agent the node returns everything.',
	options: [
		{
			...compactItems,
			type: 'boolean',
			default: true,
			description:
				'Whether the model gets the short form of records where the resource has one (Hive SKUs: ID, merchant SKU ID, name, status and stock totals, without stock per warehouse and batches)',
		},
		{
			...fieldsToReturn,
			type: 'string',
			default: '',
			placeholder: 'e.g. id, name, status',
			description: 'Top-level fields of each record the model gets, separated by commas; all other fields are left out. Replaces the short form.',
		},
		{
			...maxCharacters,
			type: 'number',
			typeOptions: { minValue: MIN_TOOL_ANSWER_CHARACTERS, numberPrecision: 0 },
			default: DEFAULT_TOOL_ANSWER_CHARACTERS,
			description: 'Most characters of JSON the model gets from one call, the note about a cut included (about 4 characters make a token)',
		},
		{
			...maxItems,
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: DEFAULT_TOOL_ANSWER_ITEMS,
			description: 'Most items the model gets from one call',
		},
	],
};

function showFor(property: INodeProperties, resource: string, operation: string): INodeProperties {
	const show = { ...(property.displayOptions?.show ?? {}), resource: [resource], operation: [operation] };
	return { ...property, displayOptions: { ...property.displayOptions, show } };
}

/** The Resource dropdown, one Operation dropdown per resource, every operation's fields in place, and the node's options. */
export function resourceProperties(resources: Resource[]): INodeProperties[] {
	const firstResource = resources[0].value;
	const resourceSelector: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map((resource) => ({ name: resource.name, value: resource.value, description: resource.description })),
		default: firstResource,
	};
	const perResource = resources.flatMap((resource) => {
		const firstOperation = resource.operations[0].value;
		const selector: INodeProperties = {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: resource.operations.map((operation) => ({
				name: operation.name,
				value: operation.value,
				action: operation.action,
				description: operation.description,
			})),
			default: firstOperation,
		};
		const fields = resource.operations.flatMap((operation) =>
			(operation.properties ?? []).flatMap(withModelDefinedTwin).map((property) => showFor(property, resource.value, operation.value)),
		);
		return [selector, ...fields];
	});
	return [resourceSelector, ...perResource, ...toolDescriptionProperties(resources), retryBudgetProperty, toolAnswerProperty];
}
