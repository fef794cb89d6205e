import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { listsWithLimit, toolDescriptionText } from '../../../nodes/shared/operations/toolDescription';
import type { Operation } from '../../../nodes/shared/operations/types';
import { packNodeDescriptions } from './packTypes';

/** The pack's action nodes: those n8n offers to AI agents. */
const toolNodes = packNodeDescriptions().filter((node) => node.usableAsTool);

interface OperationEntry {
	node: string;
	resource: string;
	operation: string;
	action: string;
}

function operationsOf(node: INodeTypeDescription): OperationEntry[] {
	return node.properties
		.filter((property) => property.name === 'operation')
		.flatMap((selector) =>
			((selector.options ?? []) as INodePropertyOptions[]).map((option) => ({
				node: node.displayName,
				resource: String(selector.displayOptions?.show?.resource?.[0]),
				operation: String(option.value),
				action: String(option.action),
			})),
		);
}

function toolDescriptionsFor(node: INodeTypeDescription, entry: OperationEntry): INodeProperties[] {
	return node.properties.filter(
		(property) => property.name === 'toolDescription' && property.displayOptions?.show?.resource?.[0] === entry.resource && property.displayOptions?.show?.operation?.[0] === entry.operation,
	);
}

const entries = toolNodes.flatMap((node) => operationsOf(node).map((entry) => [node, entry] as const));

describe('the tool description each operation gives an AI agent', () => {
	it('covers every operation of the five action nodes', () => {
		expect(toolNodes).toHaveLength(5);
		expect(entries.length).toBeGreaterThan(150);
	});

	test.each(entries.map(([node, entry]) => [`${entry.node} ${entry.resource}: ${entry.operation}`, node, entry] as const))('%s', (_label, node, entry) => {
		const descriptions = toolDescriptionsFor(node, entry);
		expect(descriptions.length).toBeGreaterThanOrEqual(1);
		for (const property of descriptions) {
			const text = String(property.default);
			// Only on the node's tool form: a plain workflow never shows it.
			expect(property.displayOptions?.show?.['@tool']).toEqual([true]);
			expect(text.startsWith(`${entry.action}: `)).toBe(true);
			expect(text).toMatch(/ Returns [^.]{8,}/);
			// n8n reads these as text; a pair of braces would make an expression of it.
			expect(text).not.toMatch(/\{\{|\}\}/);
		}
	});

	it('tells a Limit list from a Return All list of the same operation', () => {
		const hive = toolNodes.find((node) => node.name === 'hive') as INodeTypeDescription;
		const skuLists = toolDescriptionsFor(hive, { node: 'Hive', resource: 'sku', operation: 'getAll', action: '' });
		expect(skuLists.map((property) => property.displayOptions?.show?.returnAll)).toEqual([[false], [true]]);
		const [limited, all] = skuLists.map((property) => String(property.default));
		expect(limited).toContain('at most as many as the Limit set on this tool');
		expect(all).toContain('It reads every page (Return All)');
	});

	it('names what a call needs, with the id shape the run checks', () => {
		const hive = toolNodes.find((node) => node.name === 'hive') as INodeTypeDescription;
		const [orderGet] = toolDescriptionsFor(hive, { node: 'Hive', resource: 'order', operation: 'get', action: '' });
		expect(orderGet.default).toBe(
			"Get an order: Retrieve one order by its ID. Returns the order as one item: id, merchant_order_id, status, financial_status, currency, totals in cents, shipping_address, tags and items (SKU, quantity, price per unit). Needs Order (Hive's numeric ID of the order; must be a whole number, e.g. 42).",
		);
	});
});

describe('toolDescriptionText', () => {
	const operation: Operation = {
		value: 'getAll',
		name: 'Get Many',
		action: 'Get many widgets',
		description: 'List widgets',
		returns: 'the widgets, one item each',
		properties: [
			{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false },
			{ displayName: 'Shop', name: 'shop', type: 'string', required: true, default: '', description: 'The shop code.' },
			{ displayName: 'Colour', name: 'colour', type: 'options', required: true, default: 'red', options: [{ name: 'Red', value: 'red' }, { name: 'Blue', value: 'blue' }] },
			{ displayName: 'Careful', name: 'notice', type: 'notice', required: true, default: '' },
		],
	};

	it('joins what it does, returns and needs into sentences; a notice is not an input', () => {
		expect(toolDescriptionText(operation)).toBe('Get many widgets: List widgets. Returns the widgets, one item each. Needs Shop (The shop code); Colour (one of "red", "blue").');
	});

	it('says how much a list gives', () => {
		expect(listsWithLimit(operation)).toBe(true);
		expect(toolDescriptionText(operation, 'limit')).toContain('Returns the widgets, one item each. It gives at most as many as the Limit set on this tool');
		expect(toolDescriptionText(operation, 'all')).toContain('It reads every page (Return All), so the answer can be long');
	});

	it('does not treat a Return All shown only under another choice as a list of the operation', () => {
		const paged: Operation = { ...operation, properties: [{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false, displayOptions: { show: { paging: ['pages'] } } }] };
		expect(listsWithLimit(paged)).toBe(false);
	});
});
