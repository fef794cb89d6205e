import type { IConnections, IDataObject } from 'n8n-workflow';
import { ANSWER_PREFIX, startScriptedChatModel, TOOL_CALL_ID, type ScriptedChatModel } from '../mocks/chatModel/scriptedChatModel';
import type { NodeSpec } from './harness/client';
import { hiveWorld, type HiveWorld } from './hive/hiveFixture';

const AGENT = '@n8n/n8n-nodes-langchain.agent';
const CHAT_MODEL = '@n8n/n8n-nodes-langchain.lmChatOpenAi';
const HIVE_TOOL = 'n8n-nodes-service-pack.hiveTool';
const TOOL_NODE = 'Hive Order';

let world: HiveWorld;
let model: ScriptedChatModel;
let nodes: NodeSpec[];

beforeAll(async () => {
	world = await hiveWorld({}, 'Hive mock for the agent');
	model = await startScriptedChatModel();
	const openAi = { id: await world.n8n.createCredential('openAiApi', 'scripted model', { apiKey: 'sk-scripted-model', url: model.baseUrl }), name: 'scripted model' };
	nodes = [
		{ name: 'Agent', type: AGENT, typeVersion: 3.1, parameters: { promptType: 'define', text: '={{ $json.prompt }}', options: {} } },
		{
			name: 'Model',
			type: CHAT_MODEL,
			typeVersion: 1.3,
			parameters: { model: { __rl: true, mode: 'id', value: 'scripted-model' }, responsesApiEnabled: false, options: {} },
			credentials: { openAiApi: openAi },
		},
		world.hive(
			{ resource: 'order', operation: 'get', order: { __rl: true, mode: 'id', value: "={{ $fromAI('orderId', 'Hive\\'s numeric id of the order', 'string') }}" } },
			{ name: TOOL_NODE, type: HIVE_TOOL },
		),
	];
});
afterAll(async () => {
	await model?.close();
	await world?.mock.close();
});

const connections: IConnections = {
	Model: { ai_languageModel: [[{ node: 'Agent', type: 'ai_languageModel', index: 0 }]] },
	[TOOL_NODE]: { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
};

/** Runs the agent once with the model scripted to call the tool with this order id; returns what the model saw. */
async function askForOrder(orderId: string) {
	model.callToolWith({ orderId });
	const firstRequest = model.requests.length;
	const mark = world.mark();
	const result = await world.n8n.run(nodes, connections, { input: [{ prompt: `Show me order ${orderId}` }] });
	const requests = model.requests.slice(firstRequest);
	const toolMessage = requests[1]?.messages.find((message) => message.role === 'tool');
	return { result, requests, toolMessage, hiveRequests: world.requestsSince(mark) };
}

/** The items the tool node handed to the agent, as the execution log stores them. */
async function toolOutput(result: Awaited<ReturnType<typeof askForOrder>>['result']): Promise<IDataObject[]> {
	const runs = (await result.execution()).data.resultData.runData[TOOL_NODE] ?? [];
	return runs.flatMap((run) => (run.data?.ai_tool?.[0] ?? []).map((item) => item.json));
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
		const { result, requests, toolMessage } = await askForOrder('999999');
		expect(requests).toHaveLength(2);
		expect(toolMessage?.content).toEqual(expect.stringContaining("Hive (HTTP 404): Couldn't find Order with 'id'=999999"));
		expect(toolMessage?.content).toEqual(expect.stringContaining('GET /orders/999999'));
		expect(result.items).toEqual([{ output: expect.stringContaining('HTTP 404') }]);
		expect((await result.execution()).status).toBe('success');
		expect(await toolOutput(result)).toEqual([
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
		expect(model.requests.length).toBeGreaterThanOrEqual(6);
		expect(JSON.stringify(model.requests)).not.toContain(world.mock.apiKey);
	});
});
