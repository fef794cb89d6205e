import { ANSWER_PREFIX, TOOL_CALL_ID } from '../mocks/chatModel/scriptedChatModel';
import { scriptedAgent, type ScriptedAgent } from './agent/agentWorkflow';
import type { NodeSpec } from './harness/client';
import { hiveWorld, type HiveWorld } from './hive/hiveFixture';

const HIVE_TOOL = 'n8n-nodes-service-pack.hiveTool';
const TOOL_NODE = 'Hive Order';

let world: HiveWorld;
let agent: ScriptedAgent;
let tool: NodeSpec;

beforeAll(async () => {
	world = await hiveWorld({}, 'Hive mock for the agent');
	agent = await scriptedAgent(world.n8n);
	tool = world.hive(
		{ resource: 'order', operation: 'get', order: { __rl: true, mode: 'id', value: "={{ $fromAI('orderId', 'Hive\\'s numeric id of the order', 'string') }}" } },
		{ name: TOOL_NODE, type: HIVE_TOOL },
	);
});
afterAll(async () => {
	await agent?.close();
	await world?.mock.close();
});

/** Runs the agent once with the model scripted to call the tool with this order id; returns what the model saw. */
async function askForOrder(orderId: string) {
	const mark = world.mark();
	const run = await agent.ask([tool], `Show me order ${orderId}`, { orderId });
	return { ...run, hiveRequests: world.requestsSince(mark) };
}

describe('a pack node as a tool of n8n\'s AI Agent', () => {
	test('the model is offered the tool with a description and a schema, and gets the order it asked for', async () => {
		const order = world.mock.state.orders[0];
		const { result, requests, toolMessage, hiveRequests } = await askForOrder(String(order.id));
		const offered = requests[0].tools?.find((tool) => tool.function.name === 'Hive_Order');
		expect(offered?.function.description).toEqual(expect.stringMatching(/\w{3,}/));
		expect(offered?.function.parameters).toMatchObject({ type: 'object', properties: { orderId: { type: 'string' } } });
		expect(hiveRequests.map((entry) => `${entry.method} ${entry.path}`)).toEqual([expect.stringMatching(new RegExp(`^GET .*/orders/${order.id}$`))]);
		expect(toolMessage).toMatchObject({ tool_call_id: TOOL_CALL_ID, content: expect.stringContaining(`"id":${order.id}`) });
		expect(result.items).toEqual([{ output: expect.stringContaining(ANSWER_PREFIX) }]);
	});

	test('a 404 reaches the model as the tool result, the workflow finishes, and the log keeps the error', async () => {
		const { result, requests, toolMessage, toolOutput } = await askForOrder('999999');
		expect(requests).toHaveLength(2);
		expect(toolMessage?.content).toEqual(expect.stringContaining("Hive (HTTP 404): Couldn't find Order with 'id'=999999"));
		expect(toolMessage?.content).toEqual(expect.stringContaining('GET /orders/999999'));
		expect(result.items).toEqual([{ output: expect.stringContaining('HTTP 404') }]);
		expect((await result.execution()).status).toBe('success');
		expect(await toolOutput(TOOL_NODE)).toEqual([
			{ error: "Hive (HTTP 404): Couldn't find Order with 'id'=999999", description: expect.stringContaining('Request: GET /orders/999999.'), httpCode: '404' },
		]);
	});

	test('a missing id reaches the model with the field named, before any request to Hive', async () => {
		const { result, requests, toolMessage, hiveRequests } = await askForOrder('');
		expect(requests).toHaveLength(2);
		expect(toolMessage?.content).toEqual(expect.stringContaining('The field \\"Order\\" is empty'));
		expect(hiveRequests).toEqual([]);
		expect((await result.execution()).status).toBe('success');
	});

	test("the Hive API key appears in nothing sent to the model", () => {
		expect(agent.model.requests.length).toBeGreaterThanOrEqual(6);
		expect(JSON.stringify(agent.model.requests)).not.toContain(world.mock.apiKey);
	});
});
