import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export type Values = Record<string, unknown>;

const listed = (allowed: unknown, value: unknown) => Array.isArray(allowed) && allowed.some((entry) => entry === value);

/** Whether the editor shows this property for these values: every `show` condition holds and no `hide` one does. */
export function isShown(property: INodeProperties, values: Values): boolean {
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	const shown = Object.entries(show).every(([name, allowed]) => listed(allowed, values[name]));
	const hidden = Object.entries(hide).some(([name, denied]) => listed(denied, values[name]));
	return shown && !hidden;
}

export interface OperationRef {
	resource: string;
	operation: string;
}

const optionValues = (property: INodeProperties | undefined) => ((property?.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));

/** Every resource and operation the node offers, read from its Resource and Operation dropdowns. */
export function operationsOf(properties: INodeProperties[]): OperationRef[] {
	const resources = optionValues(properties.find((property) => property.name === 'resource'));
	return resources.flatMap((resource) => {
		const selector = properties.find((property) => property.name === 'operation' && isShown(property, { resource }));
		return optionValues(selector).map((operation) => ({ resource, operation }));
	});
}

/**
 * The values n8n would hold for an operation: the given ones, and the default of every property shown for them.
 * Showing can depend on a default (Return All → Limit), so it repeats until nothing new appears.
 */
export function withDefaults(properties: INodeProperties[], given: Values): Values {
	const values: Values = { ...given };
	for (let added = true; added; ) {
		added = false;
		for (const property of properties) {
			if (property.name in values || property.type === 'notice' || !isShown(property, values)) continue;
			values[property.name] = structuredClone(property.default);
			added = true;
		}
	}
	return values;
}
