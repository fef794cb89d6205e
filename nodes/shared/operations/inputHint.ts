import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { idShapeOf } from './locator';

/** Required inputs of an operation, in field order: what a call of it needs. */
export function requiredInputs(properties: INodeProperties[]): INodeProperties[] {
	return properties.filter((property) => property.required === true && property.type !== 'notice');
}

function optionValues(property: INodeProperties): string[] {
	return ((property.options ?? []) as INodePropertyOptions[]).filter((option) => option.value !== undefined).map((option) => JSON.stringify(option.value));
}

/** Longest example of a JSON field a description quotes (FastComments' bodies list their required fields in one). */
const MAX_JSON_EXAMPLE = 300;

/** A JSON field's default as a one-line example, when it shows more than an empty object or list. */
function jsonExample(property: INodeProperties): string | undefined {
	if (typeof property.default !== 'string') return undefined;
	try {
		const example = JSON.stringify(JSON.parse(property.default));
		return example.length > 2 && example.length <= MAX_JSON_EXAMPLE ? example : undefined;
	} catch {
		return undefined;
	}
}

/** "Tenant Package ID" → "tenant package ID": a label inside a sentence, acronyms kept. */
export function inSentence(label: string): string {
	return label
		.split(' ')
		.map((word) => (/^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase()))
		.join(' ');
}

function locatorHint(property: INodeProperties): string | undefined {
	const shape = idShapeOf(property);
	if (shape) return `must be ${shape.words}`;
	if (property.description) return undefined;
	return /\bID$/.test(property.displayName) ? `The ${inSentence(property.displayName)}` : `The ID of the ${inSentence(property.displayName)}`;
}

function typeHint(property: INodeProperties): string | undefined {
	if (property.type === 'resourceLocator') return locatorHint(property);
	if (property.type === 'options') return `one of ${optionValues(property).join(', ')}`;
	if (property.type === 'dateTime') return 'a date in ISO 8601, e.g. 2025-01-31';
	if (property.type !== 'json') return undefined;
	const example = jsonExample(property);
	return example ? `a JSON object or list, e.g. ${example}` : 'a JSON object or list';
}

/**
 * What a model must know to fill one field: its description, the id shape the run checks, the allowed values.
 * Braces never come in pairs, so the text can sit inside an n8n expression.
 */
export function inputHint(property: INodeProperties): string {
	const parts = [property.description?.replace(/\.$/, ''), typeHint(property)];
	return parts
		.filter(Boolean)
		.join('; ')
		.replace(/\{\{/g, '{ {')
		.replace(/\}\}/g, '} }');
}
