import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { scriptedAgent, type ScriptedAgent } from './agent/agentWorkflow';
import { hiveWorld, type HiveWorld } from './hive/hiveFixture';

const HIVE_TOOL = 'n8n-nodes-service-pack.hiveTool';
const TOOL_NODE = 'Hive SKUs';
const SKUS = 500;
const COMPACT_SKU_KEYS = ['barcode', 'id', 'inventory', 'merchant_sku_id', 'name', 'status'];

let world: HiveWorld;
let agent: ScriptedAgent;

beforeAll(async () => {
	// Pages of 100 keep a Return All at 5 requests, far from Hive's 100 a minute.
	world = await hiveWorld({ seed: { skus: SKUS }, pageSize: 100 }, 'Hive mock for the answer budget');
	agent = await scriptedAgent(world.n8n);
});
afterAll(async () => {
	await agent?.close();
	await world?.mock.close();
});

const listAll: INodeParameters = { resource: 'sku', operation: 'getAll', returnAll: true };
/** The model may narrow the list by SKU codes; it sends none, so the tool lists every SKU. */
const modelFilters = { merchantSkuIds: "={{ $fromAI('merchantSkuIds', 'Merchant SKU codes separated by commas; empty for all', 'string') }}" };

/** Asks the agent for low stock with the SKU list as its tool; returns the tool message the model got, parsed too. */
async function askWithTool(parameters: INodeParameters) {
	const tool = world.hive({ ...parameters, filters: modelFilters }, { name: TOOL_NODE, type: HIVE_TOOL });
	const run = await agent.ask([tool], 'Which SKUs are low on stock?', { merchantSkuIds: '' });
	const content = String(run.toolMessage?.content ?? '');
	return { ...run, content, answer: JSON.parse(content) as IDataObject[] };
}

describe('a Hive SKU list as a tool of n8n\'s AI Agent, with Return All on 500 SKUs', () => {
	test('the model gets 50 short SKUs and a note within 20,000 characters, and the execution finishes', async () => {
		const { content, answer, result, toolOutput } = await askWithTool(listAll);
		expect(content.length).toBeLessThanOrEqual(20_000);
		expect(answer).toHaveLength(51);
		const newest = [...world.mock.state.skus].reverse();
		expect(answer.slice(0, 50).map((sku) => sku.merchant_sku_id)).toEqual(newest.slice(0, 50).map((sku) => sku.merchant_sku_id));
		for (const sku of answer.slice(0, 50)) expect(Object.keys(sku).sort()).toEqual(COMPACT_SKU_KEYS);
		const { note } = answer[50];
		expect(note).toContain(`showing 50 of ${SKUS} items`);
		expect(note).toContain('Filters (Created After, Created At or After, Created At or Before, Created Before, Merchant SKU IDs)');
		expect(note).toContain('You set merchantSkuIds (Merchant SKU IDs) through your arguments.');
		expect((await result.execution()).status).toBe('success');
		expect(await toolOutput(TOOL_NODE)).toEqual(answer);
	});

	test("the node's Tool Answer Budget option sets the cut", async () => {
		const { content, answer } = await askWithTool({ ...listAll, toolAnswer: { maxItems: 5 } });
		expect(answer).toHaveLength(6);
		expect(answer[5].note).toContain(`(5 items, 20000 characters): showing 5 of ${SKUS} items`);
		expect(content.length).toBeLessThan(2_000);
	});

	test('a list within the budget reaches the model without a note: Limit 5 costs well under 1,000 characters', async () => {
		const { content, answer } = await askWithTool({ ...listAll, returnAll: false, limit: 5 });
		expect(answer).toHaveLength(5);
		expect(answer.some((item) => 'note' in item)).toBe(false);
		expect(content.length).toBeLessThan(1_000);
	});

	test('the same node in a plain workflow still returns all 500 SKUs in full', async () => {
		const items = await world.n8n.runWorkflow([world.hive({ ...listAll, filters: {} }, { name: TOOL_NODE })]);
		expect(items).toEqual([...world.mock.state.skus].reverse());
		expect(JSON.stringify(items).length).toBeGreaterThan(300_000);
	});

	test('the Hive API key appears in nothing sent to the model', () => {
		expect(agent.model.requests.length).toBeGreaterThanOrEqual(6);
		expect(JSON.stringify(agent.model.requests)).not.toContain(world.mock.apiKey);
	});
});
