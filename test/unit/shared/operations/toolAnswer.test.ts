import type { IDataObject, INode } from 'n8n-workflow';
import { resourceProperties } from '../../../../nodes/shared/operations/description';
import { returnAllAndLimit } from '../../../../nodes/shared/operations/listFields';
import { runOperations } from '../../../../nodes/shared/operations/router';
import type { Operation, Resource } from '../../../../nodes/shared/operations/types';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import { fakeContext } from '../../../helpers/fakeContext';
import { testCredentials, testProfile } from '../../../helpers/testProfile';

afterEach(() => resetThrottles());

const TOOL = 'n8n-nodes-service-pack.serviceTool';
const PLAIN = 'n8n-nodes-service-pack.service';

const record = (id: number): IDataObject => ({ id, name: `Record ${id}`, detail: { per: ['a', 'b', 'c'].map((key) => ({ key, value: id })) } });

let runs = 0;
/** A list of `count` records, or an error for the record with id 0. */
const list = (count: number): Operation => ({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many records',
	description: 'List records',
	properties: [
		...returnAllAndLimit(),
		{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: [{ displayName: 'Name', name: 'name', type: 'string', default: '' }] },
	],
	run: async ({ params }) => {
		runs++;
		if (params.raw('fail', false) === true) throw params.fail('Name', 'is not a name');
		return Array.from({ length: count }, (_, index) => record(index + 1));
	},
});

const resource = (operation: Operation, extra: Partial<Resource> = {}): Resource[] => [{ value: 'record', name: 'Record', operations: [operation], ...extra }];

/** Runs the list as a node of this type with these parameters; returns the output and what a model would read. */
async function run(type: string, operation: Operation, parameters: Record<string, unknown> = {}, extra: Partial<Resource> = {}, node: Partial<INode> = {}) {
	const fake = fakeContext({ credentials: testCredentials('http://127.0.0.1:9'), items: [{}], parameters: { resource: 'record', operation: 'getAll', returnAll: true, ...parameters } });
	Object.assign(fake.node, { type, ...node });
	const [output] = await runOperations(fake.ctx, resource(operation, extra), testProfile());
	return { output, sent: JSON.stringify(output.map((item) => item.json)) };
}

describe('what a node answers as an AI tool', () => {
	it('outside tool mode, returns every item unchanged, whatever the Tool Answer Budget says', async () => {
		const expected = Array.from({ length: 500 }, (_, index) => ({ json: record(index + 1), pairedItem: { item: 0 } }));
		const plain = await run(PLAIN, list(500));
		expect(plain.output).toEqual(expected);
		const tightBudget = { toolAnswer: { maxItems: 1, maxCharacters: 1_000, fieldsToReturn: 'id', compactItems: true } };
		const compact = (json: IDataObject) => ({ id: json.id });
		expect((await run(PLAIN, list(500), tightBudget, { compactForTool: compact })).output).toEqual(expected);
		// An invalid budget does nothing there either: the option only matters for a tool.
		expect((await run(PLAIN, list(3), { toolAnswer: { maxItems: 0 } })).output).toHaveLength(3);
	});

	it('as a tool, cuts a long list to the default 50 items and 20,000 characters and says so in a final note', async () => {
		const { output, sent } = await run(TOOL, list(500));
		expect(output).toHaveLength(51);
		expect(output.slice(0, 50).map((item) => item.json.id)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
		expect(sent.length).toBeLessThanOrEqual(20_000);
		expect(output[50]).toEqual({ json: { note: expect.stringContaining('showing 50 of 500 items') }, pairedItem: { item: 0 } });
		expect(output[50].json.note).toContain("This tool's fields that narrow the list: Limit, Filters (Name).");
	});

	it('is recognised by the engine mark too, and leaves a list that fits as it is', async () => {
		const { output } = await run(PLAIN, list(7), {}, {}, { rewireOutputLogTo: 'ai_tool' });
		expect(output.map((item) => item.json)).toEqual(Array.from({ length: 7 }, (_, index) => record(index + 1)));
	});

	it('follows the budget set in the node, counting the note in the characters', async () => {
		const byItems = await run(TOOL, list(500), { toolAnswer: { maxItems: 10 } });
		expect(byItems.output).toHaveLength(11);
		expect(byItems.output[10].json.note).toContain('(10 items, 20000 characters): showing 10 of 500');
		const byCharacters = await run(TOOL, list(500), { toolAnswer: { maxCharacters: 3_000 } });
		expect(byCharacters.sent.length).toBeLessThanOrEqual(3_000);
		expect(byCharacters.sent.length).toBeGreaterThan(3_000 - JSON.stringify(record(500)).length - 1);
	});

	it('says "at least" when the list stopped at its Limit', async () => {
		const { output } = await run(TOOL, list(100), { returnAll: false, limit: 100, toolAnswer: { maxItems: 5 } });
		expect(output[5].json.note).toContain('showing 5 of at least 100 items');
	});

	it('names the model\'s own arguments among the fields that narrow the list', async () => {
		const { output } = await run(TOOL, list(60), {}, {}, { parameters: { filters: { name: "={{ $fromAI('recordName') }}" } } });
		expect(output[50].json.note).toContain('You set recordName (Name) through your arguments.');
	});

	it("gives the model the resource's short form, unless Compact Items is off; Fields to Return replaces it", async () => {
		const compactForTool = (json: IDataObject) => ({ id: json.id, name: json.name });
		expect((await run(TOOL, list(2), {}, { compactForTool })).output.map((item) => item.json)).toEqual([
			{ id: 1, name: 'Record 1' },
			{ id: 2, name: 'Record 2' },
		]);
		expect((await run(TOOL, list(1), { toolAnswer: { compactItems: false } }, { compactForTool })).output[0].json).toEqual(record(1));
		expect((await run(TOOL, list(1), { toolAnswer: { fieldsToReturn: 'detail, id' } }, { compactForTool })).output[0].json).toEqual({ detail: record(1).detail, id: 1 });
	});

	it('hands an error item to the model whole, whatever fields were chosen', async () => {
		const { output } = await run(TOOL, list(1), { fail: true, toolAnswer: { fieldsToReturn: 'id' } }, { compactForTool: () => ({}) });
		expect(output.map((item) => item.json)).toEqual([{ error: 'The field "Name" is not a name' }]);
	});

	it("is every node's option, next to the retry budget, shown on the node's tool form only", () => {
		const option = resourceProperties(resource(list(1))).find((property) => property.name === 'toolAnswer');
		expect(option).toMatchObject({ type: 'collection', displayOptions: { show: { '@tool': [true] } }, description: expect.stringMatching(/^Only when an AI agent uses this node as a tool/) });
		expect(option?.options?.map((field) => [field.name, (field as { default: unknown }).default])).toEqual([
			['compactItems', true],
			['fieldsToReturn', ''],
			['maxCharacters', 20_000],
			['maxItems', 50],
		]);
	});

	it('refuses a budget it cannot keep before anything runs, naming the field', async () => {
		const before = runs;
		await expect(run(TOOL, list(1), { toolAnswer: { maxCharacters: 500 } })).rejects.toThrow('The field "Max Characters" must be at least 1000, not 500');
		await expect(run(TOOL, list(1), { toolAnswer: { maxItems: 2.5 } })).rejects.toThrow('The field "Max Items" must be a whole number');
		expect(runs).toBe(before);
	});
});
