import type { INodeProperties } from 'n8n-workflow';
import { inputHint, inSentence } from './inputHint';

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
	// A field described only by an example ("e.g. blog.example.com") or not at all is named first.
	const given = inputHint(property);
	const hint = given && !given.startsWith('e.g.') ? given : [`The ${inSentence(property.displayName)}`, given].filter(Boolean).join(', ');
	const description = hint.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
	return `={{ ${EDITOR_MARKER} $fromAI('${fromAiKey(property)}', \`${description}\`, '${type}') }}`;
}

/** Hidden on the tool form: "hide" rather than "show: false", so code that does not know "@tool" still shows it. */
function notOnToolForm(property: INodeProperties): INodeProperties {
	const hide = { ...(property.displayOptions?.hide ?? {}), '@tool': [true] };
	return { ...property, displayOptions: { ...property.displayOptions, hide } };
}

function onToolFormOnly(property: INodeProperties): INodeProperties {
	const show = { ...(property.displayOptions?.show ?? {}), '@tool': [true] };
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
	return [{ ...onToolFormOnly(property), default: modelDefault }, notOnToolForm(property)];
}
