import type { INodeProperties } from 'n8n-workflow';
import type { Resource } from './types';

function showFor(property: INodeProperties, resource: string, operation: string): INodeProperties {
	const show = { ...(property.displayOptions?.show ?? {}), resource: [resource], operation: [operation] };
	return { ...property, displayOptions: { ...property.displayOptions, show } };
}

/** The Resource dropdown, one Operation dropdown per resource, and every operation's fields in place. */
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
	return [resourceSelector, ...perResource];
}
