import { ANSWER_PREFIX } from '../mocks/chatModel/scriptedChatModel';
import { MOCK_API } from '../mocks/fasterforward';
import { scriptedAgent, type AgentRun, type ScriptedAgent } from './agent/agentWorkflow';
import { serviceToolWorlds, type ServiceTool, type ServiceToolWorlds } from './agent/serviceToolWorlds';
import { connectN8n, type NodeSpec } from './harness/client';
import { n8nVersion } from './harness/n8nInstall';
import { registeredSecrets } from './harness/runRecords';

/**
 * One tool of each pack node on n8n's own AI Agent (3.1) with n8n's OpenAI Chat Model, whose Base URL points at the
 * scripted chat-completions server; each service is its mock. The tool nodes set only resource and operation: their
 * id or path is the model's, through the field's tool-form default, and their description is the operation's.
 */
const n8n = connectN8n();
let worlds: ServiceToolWorlds;
let agent: ScriptedAgent;
let tools: ServiceTool[];

beforeAll(async () => {
	worlds = await serviceToolWorlds(n8n);
	agent = await scriptedAgent(n8n);
	tools = [worlds.hive, worlds.fastComments, worlds.forsta, worlds.flowbox, worlds.fasterForward];
});
afterAll(async () => {
	await agent?.close();
	await worlds?.close();
});

/** The scripted model calls the first tool it is offered (n8n does not keep the workflow's order), so one tool per call. */
async function call(target: ServiceTool, args: Record<string, unknown>): Promise<AgentRun & { serviceRequests: string[]; toolContent: string }> {
	const mark = target.mark();
	const run = await agent.ask([target.node], `Use ${target.toolName}`, args);
	return { ...run, serviceRequests: target.requestsSince(mark), toolContent: String(run.toolMessage?.content ?? '') };
}

interface OfferedParameters {
	type?: string;
	properties?: Record<string, { type?: string; description?: string }>;
	required?: string[];
}

describe("each pack node as a tool of n8n's AI Agent", () => {
	let offered: NonNullable<AgentRun['requests'][number]['tools']>;
	beforeAll(async () => {
		const run = await agent.ask(tools.map((tool) => tool.node), 'Which tools do you have?', {});
		offered = run.requests[0]?.tools ?? [];
	});

	test('the model is offered all five tools', () => {
		expect(offered.map((tool) => tool.function.name).sort()).toEqual(tools.map((tool) => tool.toolName).sort());
	});

	test.each(['hive', 'fastComments', 'forsta', 'flowbox', 'fasterForward'] as const)('%s: the description says what the tool returns and needs', (key) => {
		const tool = worlds[key];
		const description = offered.find((entry) => entry.function.name === tool.toolName)?.function.description ?? '';
		expect(description).toMatch(/Returns [^.]{10,}/);
		expect(description).toContain(`Needs ${tool.idArgument}`);
		// Not n8n's automatic "<action> in <node>": the operation's own text.
		expect(description).not.toMatch(/^[^:]+ in [^:]+$/);
	});

	test.each(['hive', 'fastComments', 'forsta', 'flowbox', 'fasterForward'] as const)('%s: the argument schema has the id or path, with a description', (key) => {
		const tool = worlds[key];
		const parameters = offered.find((entry) => entry.function.name === tool.toolName)?.function.parameters as OfferedParameters;
		expect(parameters.type).toBe('object');
		expect(parameters.required).toContain(tool.idArgument);
		expect(parameters.properties?.[tool.idArgument]).toMatchObject({ type: 'string', description: expect.stringMatching(/\w+ \w+ \w+/) });
	});

	test("Faster Forward's Path tells the model that paths are not public and must not be invented", () => {
		const parameters = offered.find((entry) => entry.function.name === worlds.fasterForward.toolName)?.function.parameters as OfferedParameters;
		const path = parameters.properties?.Path?.description ?? '';
		expect(path).toContain('klantdossiers');
		expect(path).toContain('Never invent or guess a path');
	});
});

describe('a call of each tool runs against its service', () => {
	test.each(['hive', 'fastComments', 'forsta', 'flowbox', 'fasterForward'] as const)('%s', async (key) => {
		const tool = worlds[key];
		const run = await call(tool, tool.args);
		expect(run.serviceRequests.filter((request) => !/token/.test(request)).length).toBeGreaterThanOrEqual(1);
		expect(run.toolContent).toContain(tool.answerPart);
		expect(run.result.items).toEqual([{ output: expect.stringContaining(ANSWER_PREFIX) }]);
		expect((await run.result.execution()).status).toBe('success');
	});
});

describe('values from the model are checked before anything is sent', () => {
	const notSent = (run: { serviceRequests: string[] }) => run.serviceRequests.filter((request) => !/token/.test(request));

	test('"ten" for a Hive order id reaches the model as an error naming the field; nothing goes to Hive', async () => {
		const run = await call(worlds.hive, { Order: 'ten' });
		expect(run.serviceRequests).toEqual([]);
		expect(JSON.parse(run.toolContent)).toEqual([expect.objectContaining({ error: 'The field "Order" must be a whole number, e.g. 42, not "ten"' })]);
		expect((await run.result.execution()).status).toBe('success');
	});

	test('"ten" for a Forsta survey id is refused with the documented shape', async () => {
		const run = await call(worlds.forsta, { Survey: 'ten' });
		expect(notSent(run)).toEqual([]);
		expect(JSON.parse(run.toolContent)).toEqual([expect.objectContaining({ error: 'The field "Survey" must be "p" followed by digits, e.g. p1234567, not "ten"' })]);
	});

	test('a Faster Forward path outside Allowed Paths is refused, and so is the token endpoint', async () => {
		const guessed = await call(worlds.fasterForward, { Path: '/api/v1/dossiers' });
		expect(notSent(guessed)).toEqual([]);
		expect(JSON.parse(guessed.toolContent)).toEqual([expect.objectContaining({ error: `The field "Path" is outside Allowed Paths (${MOCK_API}): "/api/v1/dossiers"` })]);
		const token = await call(worlds.fasterForward, { Path: '/oauth/access_token' });
		expect(notSent(token)).toEqual([]);
		expect(token.toolContent).toContain('must not be the token endpoint');
	});

	test('a number for a string id (Order: 5001) is read as its digits, as the schema means it', async () => {
		const order = worlds.hive.args.Order as string;
		const run = await call(worlds.hive, { Order: Number(order) });
		expect(run.serviceRequests).toEqual([expect.stringMatching(new RegExp(`^GET .*/orders/${order}$`))]);
		expect(run.toolContent).toContain(worlds.hive.answerPart);
	});
});

test('a Limit tool and a Return All tool of the same list read differently', async () => {
	const skuTool = (name: string, list: Record<string, unknown>): NodeSpec => ({
		...worlds.hive.node,
		name,
		parameters: { resource: 'sku', operation: 'getAll', filters: {}, ...list },
	});
	const run = await agent.ask([skuTool('SKUs Limit 5', { returnAll: false, limit: 5 }), skuTool('SKUs All', { returnAll: true })], 'Which SKUs exist?', {});
	const descriptionOf = (name: string) => run.requests[0]?.tools?.find((tool) => tool.function.name === name)?.function.description ?? '';
	expect(descriptionOf('SKUs_Limit_5')).toContain('at most as many as the Limit');
	expect(descriptionOf('SKUs_All')).toContain('reads every page');
	expect(descriptionOf('SKUs_Limit_5')).not.toEqual(descriptionOf('SKUs_All'));
});

describe("what n8n does with a tool's description (facts docs/AI-AGENTS.md states)", () => {
	/** The description the model is offered for a Hive order tool with this Tool Description value. */
	async function offeredWith(toolDescription: string): Promise<string> {
		const node = { ...worlds.hive.node, parameters: { ...worlds.hive.node.parameters, toolDescription } };
		const run = await agent.ask([node], 'Show me an order', {});
		return run.requests[0]?.tools?.[0]?.function.description ?? '';
	}

	test('the tool type n8n serves keeps the pack\'s Tool Description fields and adds none of its own', async () => {
		const answer = await fetch(`${n8n.baseUrl}/types/nodes.json`, { headers: { cookie: n8n.info.cookie } });
		const types = (await answer.json()) as Array<{ name: string; properties: Array<{ name: string }> }>;
		const hiveTool = types.find((type) => type.name === worlds.hive.node.type);
		const names = hiveTool?.properties.map((property) => property.name) ?? [];
		expect(names.filter((name) => name === 'toolDescription').length).toBeGreaterThan(20);
		expect(names).not.toContain('descriptionType');
	});

	test('an emptied Tool Description falls back to n8n\'s automatic "<action> in <node>"', async () => {
		expect(await offeredWith('')).toBe('Get an order in Hive');
	});

	test('an expression in the Tool Description is resolved from 2.41 on, and sent as written before', async () => {
		const offered = await offeredWith('={{ "Orders of " + "the shop" }}');
		const resolved = n8nVersion(n8n.info.n8nDir).startsWith('2.41');
		expect(offered).toBe(resolved ? 'Orders of the shop' : '={{ "Orders of " + "the shop" }}');
	});
});

test("no credential's key, secret or token appears in anything sent to the model", () => {
	const secrets = registeredSecrets(n8n.info.tempDir).filter((secret) => ['hiveApi', 'fastCommentsApi', 'forstaApi', 'flowboxApi', 'fasterForwardApi'].includes(secret.credentialType));
	expect(new Set(secrets.map((secret) => secret.credentialType)).size).toBe(5);
	const sent = JSON.stringify(agent.model.requests);
	expect(agent.model.requests.length).toBeGreaterThanOrEqual(20);
	expect(secrets.filter((secret) => sent.includes(secret.value)).map((secret) => `${secret.credentialType}.${secret.field}`)).toEqual([]);
});
