import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../../../scripts/sandbox/editor/chromiumPath';
import { panelProblems } from '../../../scripts/sandbox/editor/nodePanel';
import { parameterProblems } from '../../../scripts/sandbox/editor/parameterPanel';
import { actionNodes, optionLabel, type ServedNodeType } from '../../../scripts/sandbox/servedTypes';

const hive: ServedNodeType = {
	name: 'n8n-nodes-service-pack.hive',
	displayName: 'Hive',
	description: 'Read and change SKUs, orders and shipments in Hive',
	group: ['transform'],
	version: 1,
	properties: [
		{ name: 'resource', options: [{ name: 'SKU', value: 'sku' }, { name: 'Order', value: 'order' }] },
		{ name: 'operation', options: [{ name: 'Get Many', value: 'getAll', action: 'Get many SKUs' }, { name: 'Get', value: 'get', action: 'Get a SKU' }] },
	],
};
const properNames = new Set(['Hive']);

describe('the node panel check', () => {
	const shownRight = { header: `Hive\n${hive.description}\nActions (2)`, actions: ['Get many SKUs', 'Get a SKU'] };

	it('passes the panel a user should see', () => {
		expect(panelProblems(shownRight, hive, properNames)).toEqual([]);
	});

	it("catches a header that shows the trigger's description instead of the node's", () => {
		const problems = panelProblems({ ...shownRight, header: 'Hive\nStarts the workflow when Hive sends an event\nActions (2)' }, hive, properNames);
		expect(problems).toEqual([expect.stringContaining(`the header does not show "${hive.description}"`)]);
	});

	it('names actions that are missing, and lines that are not actions of the node', () => {
		const problems = panelProblems({ ...shownRight, actions: ['Get many SKUs', 'On new order'] }, hive, properNames);
		expect(problems).toContain('actions missing: Get a SKU');
		expect(problems).toContain('actions not in the node: On new order');
	});

	it('catches a wrong article in a shown action', () => {
		const node = { ...hive, properties: [{ name: 'operation', options: [{ name: 'Get', value: 'get', action: 'Get a order' }] }] };
		const problems = panelProblems({ header: hive.description, actions: ['Get a order'] }, node, properNames);
		expect(problems.some((problem) => problem.startsWith('"Get a order"'))).toBe(true);
	});
});

describe('the parameter panel check', () => {
	const placed = { name: 'List SKUs', type: hive.name, parameters: { resource: 'sku', operation: 'getAll' } };

	it('expects the labels of the saved values and the sandbox credential', () => {
		expect(parameterProblems({ credential: 'Hive sandbox', resource: 'SKU', operation: 'Get Many' }, placed, hive, 'Hive sandbox')).toEqual([]);
	});

	it('names a field that shows a raw value or the wrong credential', () => {
		const problems = parameterProblems({ credential: 'Other', resource: 'sku', operation: 'Get Many' }, placed, hive, 'Hive sandbox');
		expect(problems).toEqual(['credential: shows "Other", expected "Hive sandbox"', 'resource: shows "sku", expected "SKU"']);
	});

	it('fails a saved value the node has no option for, rather than passing it unchecked', () => {
		const problems = parameterProblems({ credential: 'Hive sandbox', resource: 'SKU', operation: 'remove' }, { ...placed, parameters: { resource: 'sku', operation: 'remove' } }, hive, 'Hive sandbox');
		expect(problems).toEqual(['operation: shows "remove", expected "a label for remove"']);
	});
});

describe('served node types', () => {
	it('leaves out triggers and the "Tool" twins n8n makes for AI agents', () => {
		const trigger = { ...hive, name: 'n8n-nodes-service-pack.hiveTrigger', group: ['trigger'] };
		const tool = { ...hive, name: 'n8n-nodes-service-pack.hiveTool' };
		const toolNamed = { ...hive, name: 'n8n-nodes-service-pack.fastTool' };
		expect(actionNodes([hive, trigger, tool, toolNamed]).map((type) => type.name)).toEqual([hive.name, toolNamed.name]);
	});

	it('finds the label the editor shows for a value', () => {
		expect(optionLabel(hive, 'resource', 'sku')).toBe('SKU');
		expect(optionLabel(hive, 'resource', 'shipment')).toBeUndefined();
	});
});

describe('chromiumPath', () => {
	let folder: string;
	beforeEach(() => {
		folder = mkdtempSync(join(tmpdir(), 'chromium-path-'));
	});
	afterEach(() => rmSync(folder, { recursive: true, force: true }));

	const browserIn = (name: string) => {
		const path = join(folder, name);
		writeFileSync(path, '');
		chmodSync(path, 0o755);
		return path;
	};

	it('takes CHROMIUM_PATH when it exists, and nothing when it does not', () => {
		const path = browserIn('my-chrome');
		expect(chromiumPath({ CHROMIUM_PATH: path, PATH: '' })).toBe(path);
		expect(chromiumPath({ CHROMIUM_PATH: join(folder, 'gone'), PATH: folder })).toBeUndefined();
	});

	it("finds Debian's chromium before the other names on PATH", () => {
		browserIn('google-chrome');
		const debian = browserIn('chromium');
		expect(chromiumPath({ PATH: folder })).toBe(debian);
	});

	it('finds nothing on an empty PATH', () => {
		expect(chromiumPath({ PATH: '' })).toBeUndefined();
	});
});
