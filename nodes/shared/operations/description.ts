import type { INodeProperties } from 'n8n-workflow';
import { DEFAULT_RETRY_BUDGET_SECONDS } from '../retry/retryBudget';
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

function showFor(property: INodeProperties, resource: string, operation: string): INodeProperties {
	const show = { ...(property.displayOptions?.show ?? {}), resource: [resource], operation: [operation] };
	return { ...property, displayOptions: { ...property.displayOptions, show } };
}

/** The Resource dropdown, one Operation dropdown per resource, every operation's fields in place, and the retry budget. */
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
			(operation.properties ?? []).map((property) => showFor(property, resource.value, operation.value)),
		);
		return [selector, ...fields];
	});
	return [resourceSelector, ...perResource, retryBudgetProperty];
}
