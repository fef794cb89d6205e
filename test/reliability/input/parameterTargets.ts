import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { isShown, type Values } from './displayOptions';

/** One parameter a user fills in, wherever it sits: top level, in a collection, or in a fixed collection entry. */
export interface Target {
	/** The property's name, then the keys inside its collection: ['filters', 'createdAfter']. */
	path: Array<string | number>;
	property: INodeProperties;
	/** Names an error may give it: its display name, then (inside a fixed collection) the collection's. */
	labels: string[];
}

const isSelector = (property: INodeProperties) => property.noDataExpression === true && ['resource', 'operation'].includes(property.name);

function nestedTargets(property: INodeProperties): Target[] {
	if (property.type === 'collection') {
		return (property.options as INodeProperties[]).map((option) => ({ path: [property.name, option.name], property: option, labels: [option.displayName] }));
	}
	return (property.options as INodePropertyCollection[]).flatMap((group) =>
		group.values.map((value) => ({ path: [property.name, group.name, 0, value.name], property: value, labels: [value.displayName, property.displayName] })),
	);
}

/**
 * Every parameter the editor shows for these values, collections opened up, taken from the node's description, so
 * a parameter added later is driven without anyone listing it. The Resource and Operation dropdowns take no
 * expressions (`noDataExpression`), so they are left out; notices hold no value.
 */
export function targetsOf(properties: INodeProperties[], values: Values): Target[] {
	const shown = properties.filter((property) => property.type !== 'notice' && !isSelector(property) && isShown(property, values));
	const firstOfName = shown.filter((property, index) => shown.findIndex((other) => other.name === property.name) === index);
	return firstOfName.flatMap((property) =>
		['collection', 'fixedCollection'].includes(property.type) ? nestedTargets(property) : [{ path: [property.name], property, labels: [property.displayName] }],
	);
}

/** A copy of `values` with `value` at `path`; missing containers on the way are created. */
export function withValueAt(values: Values, path: Array<string | number>, value: unknown): Values {
	const copy = structuredClone(values);
	let holder = copy as Record<string | number, unknown>;
	for (const [index, key] of path.slice(0, -1).entries()) {
		const existing = holder[key];
		if (existing === null || typeof existing !== 'object') holder[key] = typeof path[index + 1] === 'number' ? [{}] : {};
		holder = holder[key] as Record<string | number, unknown>;
	}
	holder[path[path.length - 1]] = value;
	return copy;
}

export const describeTarget = (target: Target) => target.path.join('.');
