import { extractFromAICalls, FROM_AI_AUTO_GENERATED_MARKER, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';
import { fromAiKey, modelDefinedValue, withModelDefinedTwin } from '../../../nodes/shared/operations/toolInputs';
import { packNodeDescriptions } from './packTypes';

const toolNodes = packNodeDescriptions().filter((node) => node.usableAsTool);

/** The text of a parameter value, a locator's value included. */
const valueText = (value: unknown) => String(value && typeof value === 'object' ? (value as { value: unknown }).value : value);

const onToolForm = (property: INodeProperties) => property.displayOptions?.show?.['@tool']?.[0] === true;
const twinsOf = (node: INodeTypeDescription) => node.properties.filter((property) => onToolForm(property) && valueText(property.default).includes('$fromAI('));

/** What n8n makes of a tool-form default, read by n8n's own parser. */
function parsed(property: INodeProperties) {
	const calls = extractFromAICalls(valueText(property.default));
	expect(calls).toHaveLength(1);
	return calls[0];
}

describe('required fields on the tool form are filled by the model, with a description', () => {
	test.each(toolNodes.map((node) => [node.displayName, node] as const))('%s', (_name, node) => {
		const twins = twinsOf(node);
		expect(twins.length).toBeGreaterThan(0);
		for (const twin of twins) {
			const call = parsed(twin);
			// n8n refuses other keys when it builds the tool (create-node-as-tool: /^[a-zA-Z0-9_-]{1,64}$/).
			expect(call.key).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
			expect(call.key).toBe(fromAiKey(twin));
			expect(call.description?.split(' ').length).toBeGreaterThanOrEqual(3);
			expect(valueText(twin.default).startsWith(`={{ ${FROM_AI_AUTO_GENERATED_MARKER} $fromAI(`)).toBe(true);
			// Its everyday twin, with the ordinary default, is hidden on the tool form only.
			const everyday = node.properties.find(
				(property) => property.name === twin.name && property.displayOptions?.hide?.['@tool']?.[0] === true && property.displayOptions?.show?.operation?.[0] === twin.displayOptions?.show?.operation?.[0] && property.displayOptions?.show?.resource?.[0] === twin.displayOptions?.show?.resource?.[0],
			);
			expect(everyday?.default).not.toEqual(twin.default);
		}
	});

	test.each(toolNodes.map((node) => [node.displayName, node] as const))('%s: one operation never asks for one key twice with different meanings', (_name, node) => {
		const byOperation = new Map<string, Map<string, string>>();
		for (const twin of twinsOf(node)) {
			const where = `${twin.displayOptions?.show?.resource?.[0]}.${twin.displayOptions?.show?.operation?.[0]}`;
			const keys = byOperation.get(where) ?? new Map<string, string>();
			const call = parsed(twin);
			const meaning = `${call.type}: ${call.description}`;
			// n8n stops the tool when a key comes back with another description or type.
			expect([undefined, meaning]).toContain(keys.get(call.key));
			keys.set(call.key, meaning);
			byOperation.set(where, keys);
		}
	});
});

describe('withModelDefinedTwin', () => {
	const order: INodeProperties = { displayName: 'Order', name: 'order', type: 'string', required: true, default: '', description: 'The order number.' };

	it('hides the field on the tool form and adds a twin the model fills there', () => {
		const [twin, everyday] = withModelDefinedTwin(order);
		expect(everyday).toEqual({ ...order, displayOptions: { hide: { '@tool': [true] } } });
		expect(twin.displayOptions).toEqual({ show: { '@tool': [true] } });
		expect(twin.default).toBe(`={{ ${FROM_AI_AUTO_GENERATED_MARKER} $fromAI('Order', \`The order number\`, 'string') }}`);
	});

	it('leaves optional fields, choices, switches and binary field names as they are', () => {
		const untouched: INodeProperties[] = [
			{ ...order, required: false },
			{ displayName: 'Kind', name: 'kind', type: 'options', required: true, default: 'a', options: [{ name: 'A', value: 'a' }] },
			{ displayName: 'Flag', name: 'flag', type: 'boolean', required: true, default: false },
			{ displayName: 'Input Binary Field', name: 'binaryPropertyName', type: 'string', required: true, default: 'data' },
		];
		for (const property of untouched) expect(withModelDefinedTwin(property)).toEqual([property]);
	});

	it('gives a number field a number argument and JSON a JSON one, with the example of its default', () => {
		expect(modelDefinedValue({ displayName: 'Count', name: 'count', type: 'number', required: true, default: 1, description: 'How many' })).toContain("$fromAI('Count', `How many`, 'number')");
		const body = modelDefinedValue({ displayName: 'Body (JSON)', name: 'body', type: 'json', required: true, default: '{ "a": { "b": 1 } }' });
		expect(body).toContain("$fromAI('Body__JSON_', `a JSON object or list, e.g. {\"a\":{\"b\":1} }`, 'json')");
	});

	it('escapes backticks and backslashes so n8n reads the description back unchanged', () => {
		const tricky: INodeProperties = { ...order, description: 'Use `ORD-1` or C:\\orders' };
		expect(extractFromAICalls(String(modelDefinedValue(tricky)))[0].description).toBe('Use `ORD-1` or C:\\orders');
	});
});
