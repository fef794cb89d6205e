import type { INodeParameters, INodeProperties, NodeParameterValueType } from 'n8n-workflow';

/** A field of the operation that makes its list shorter, as the editor names it. */
export interface NarrowingField {
	label: string;
	/** The collection it is in ("Filters"), if any. */
	within?: string;
	/** The `$fromAI` keys in the field's value: the arguments through which the model sets it itself. */
	modelArguments: string[];
}

const FROM_AI_KEY = /\$fromai\(\s*(['"`])(.+?)\1/gi;

function modelArgumentsIn(value: NodeParameterValueType | undefined): string[] {
	if (typeof value === 'string') return [...value.matchAll(FROM_AI_KEY)].map((match) => match[2]);
	if (value && typeof value === 'object') return Object.values(value).flatMap((entry) => modelArgumentsIn(entry as NodeParameterValueType));
	return [];
}

function isFilterCollection(property: INodeProperties): boolean {
	return property.type === 'collection' && /filter/i.test(`${property.displayName} ${property.placeholder ?? ''}`);
}

/**
 * The fields that narrow an operation's list, read from its own description: its Limit and the options of its
 * Filters collections, so every list of every service is covered without a hand-kept list per node.
 * `parameters` are the node's raw parameters, where `$fromAI(...)` is still visible.
 */
export function narrowingFields(properties: INodeProperties[], parameters: INodeParameters): NarrowingField[] {
	const fields: NarrowingField[] = [];
	for (const property of properties) {
		if (property.name === 'limit' && property.type === 'number') {
			fields.push({ label: property.displayName, modelArguments: modelArgumentsIn(parameters[property.name]) });
		}
		if (!isFilterCollection(property)) continue;
		const values = (parameters[property.name] ?? {}) as INodeParameters;
		for (const option of (property.options ?? []) as INodeProperties[]) {
			fields.push({ label: option.displayName, within: property.displayName, modelArguments: modelArgumentsIn(values[option.name]) });
		}
	}
	return fields;
}
