import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { idShapeOf } from './locator';

/** The kinds of field a model can fill through n8n's `$fromAI()`, and the `$fromAI` type each one gets. */
const FROM_AI_TYPES: Partial<Record<INodeProperties['type'], 'string' | 'number' | 'json'>> = {
	string: 'string',
	resourceLocator: 'string',
	dateTime: 'string',
	number: 'number',
	json: 'json',
};

/**
 * The marker n8n's editor writes in front of a "let the model define" value; with it the editor shows the value as
 * such (with its description editable) rather than as a raw expression.
 */
const EDITOR_MARKER = '/*n8n-auto-generated-fromAI-override*/';

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
function inSentence(label: string): string {
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

/** The `$fromAI` key n8n's editor gives a field: its label with every character but letters, digits and "-" as "_". */
export function fromAiKey(property: INodeProperties): string {
	return property.displayName.replace(/[^a-zA-Z0-9-]/g, '_').slice(0, 63);
}


/** Names of binary properties wire the workflow; they are not something a model can know. */
const WIRING = /binary/i;

/** `={{ $fromAI(key, description, type) }}` as n8n's editor writes it, the description quoted in backticks. */
export function modelDefinedValue(property: INodeProperties): string | undefined {
	const type = FROM_AI_TYPES[property.type];
	if (!type || property.noDataExpression || WIRING.test(property.name)) return undefined;
	const hint = inputHint(property) || `The ${inSentence(property.displayName)}`;
	const description = hint.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
	return `={{ ${EDITOR_MARKER} $fromAI('${fromAiKey(property)}', \`${description}\`, '${type}') }}`;
}

function onlyWhere(property: INodeProperties, isTool: boolean): INodeProperties {
	const show = { ...(property.displayOptions?.show ?? {}), '@tool': [isTool] };
	return { ...property, displayOptions: { ...property.displayOptions, show } };
}

/**
 * A required field as the node shows it, plus its twin on the node's tool form, where the model fills it by
 * default: n8n builds a tool argument only from `$fromAI()` values, and its editor's "let the model define" button
 * leaves the description empty, so the model would get a bare key. Fields a model cannot fill stay as they are.
 */
export function withModelDefinedTwin(property: INodeProperties): INodeProperties[] {
	const value = property.required === true ? modelDefinedValue(property) : undefined;
	if (value === undefined) return [property];
	const modelDefault = property.type === 'resourceLocator' ? { __rl: true, mode: 'id', value } : value;
	return [onlyWhere(property, false), { ...onlyWhere(property, true), default: modelDefault }];
}
