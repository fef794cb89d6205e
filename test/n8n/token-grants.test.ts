import type { IConnections, INodeParameters } from 'n8n-workflow';
import { startScriptedChatModel, type ChatScript } from '../mocks/chatModel';
import { MOCK_API, startFasterForwardMock } from '../mocks/fasterforward';
import { byId, FORSTA_NODE, forstaWorld } from '../mocks/forsta/n8nWorld';
import type { Middleware } from '../mocks/shared/types';
import { connectN8n, type NodeSpec } from './harness/client';
import { registerIssuedTokens } from './harness/issuedTokens';

/**
 * One call, one token: a credential that was never used (its hidden access token is empty, so n8n runs the
 * credential's preAuthentication before its requests) gets exactly one grant, however many executions start at
 * once. Each case has a mock of its own, so the n8n process holds no token for it yet.
 */
const n8n = connectN8n();
const closers: Array<() => Promise<void>> = [];
afterAll(async () => await Promise.all(closers.map((close) => close())));

/** A slow identity server (as a real one can be): runs that start together all arrive while the grant is under way. */
const slowTokenEndpoint = (path: string, ms: number): Middleware => async (req, next) => {
	if (req.path === path) await new Promise((resolve) => setTimeout(resolve, ms));
	return await next();
};

interface Service {
	/** A pack node on a fresh credential of a fresh mock. */
	node: NodeSpec;
	/** Token grants and refreshes the mock has issued. */
	grants(): number;
}

async function forsta(tokenDelayMs = 0): Promise<Service> {
	const world = await forstaWorld();
	closers.push(async () => await world.mock.close());
	if (tokenDelayMs) world.mock.use(slowTokenEndpoint('/identity/connect/token', tokenDelayMs), { first: true });
	return { node: world.forsta({ resource: 'survey', operation: 'get', survey: byId('p1000001') }), grants: () => world.mock.tokens.issued };
}

async function fasterForward(tokenDelayMs = 0): Promise<Service> {
	const mock = await startFasterForwardMock();
	closers.push(async () => await mock.close());
	registerIssuedTokens(n8n, 'fasterForwardApi', mock.tokens, 'issue');
	if (tokenDelayMs) mock.use(slowTokenEndpoint('/oauth/access_token', tokenDelayMs), { first: true });
	const name = `ff grants ${mock.url}`;
	const { clientId, clientSecret } = mock.client;
	const data = { domain: mock.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: 'dossiers', clientAuthentication: 'body' };
	const credential = { id: await n8n.createCredential('fasterForwardApi', name, data), name };
	const parameters: INodeParameters = { resource: 'apiRequest', operation: 'send', method: 'GET', path: `${MOCK_API}/whoami`, query: '{}', paging: 'none' };
	const node: NodeSpec = { name: 'Faster Forward', type: 'n8n-nodes-service-pack.fasterForward', parameters, credentials: { fasterForwardApi: credential } };
	const { issued } = mock.tokens;
	return { node, grants: () => issued.client_credentials + issued.password + issued.refresh_token };
}

describe.each([
	['Forsta', forsta],
	['Faster Forward', fasterForward],
])('%s: one token grant per call on a fresh credential', (service, start) => {
	test('the first run of a credential never used before asks for one token', async () => {
		const fresh = await start();
		expect(await n8n.runWorkflow([fresh.node])).toHaveLength(1);
		console.log(`[${service}] token grants for the first run of a fresh credential: ${fresh.grants()}`);
		expect(fresh.grants()).toBe(1);
		await n8n.runWorkflow([fresh.node]);
		expect(fresh.grants()).toBe(1);
	});

	test('three runs that start at once on a fresh credential share one token', async () => {
		const fresh = await start(1_500);
		const runs = await Promise.all([1, 2, 3].map(async () => await n8n.runWorkflow([fresh.node])));
		expect(runs.map((items) => items.length)).toEqual([1, 1, 1]);
		console.log(`[${service}] token grants for three runs started at once on a fresh credential: ${fresh.grants()}`);
		expect(fresh.grants()).toBe(1);
	});
});

/** The model calls each offered tool in turn, one per answer, then answers. */
const callEachTool: ChatScript = (request) => {
	const called = request.messages.filter((message) => message.role === 'tool').length;
	const tool = request.tools?.[called]?.function.name;
	return tool ? { toolCall: { id: `call_${called}`, type: 'function', function: { name: tool, arguments: '{}' } } } : { content: 'Both surveys are read.' };
};

describe('Forsta: an AI Agent run with several tools', () => {
	test('two Forsta tools on a fresh credential: one token for the run', async () => {
		const world = await forstaWorld();
		const model = await startScriptedChatModel({ script: callEachTool });
		closers.push(async () => await world.mock.close(), async () => await model.close());
		const openAi = { id: await n8n.createCredential('openAiApi', `scripted model ${model.baseUrl}`, { apiKey: 'sk-scripted-model', url: model.baseUrl }), name: `scripted model ${model.baseUrl}` };
		const tool = (name: string, survey: string) => world.forsta({ resource: 'survey', operation: 'get', survey: byId(survey) }, { name, type: `${FORSTA_NODE}Tool` });
		const nodes: NodeSpec[] = [
			{ name: 'Agent', type: '@n8n/n8n-nodes-langchain.agent', typeVersion: 3.1, parameters: { promptType: 'define', text: '={{ $json.prompt }}', options: {} } },
			{
				name: 'Model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.3,
				parameters: { model: { __rl: true, mode: 'id', value: 'scripted-model' }, responsesApiEnabled: false, options: {} },
				credentials: { openAiApi: openAi },
			},
			tool('First Survey', 'p1000001'),
			tool('Second Survey', 'p1000002'),
		];
		const connections: IConnections = {
			Model: { ai_languageModel: [[{ node: 'Agent', type: 'ai_languageModel', index: 0 }]] },
			'First Survey': { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
			'Second Survey': { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
		};
		const mark = world.mark();
		expect(await n8n.runWorkflow(nodes, connections, { input: [{ prompt: 'Show me both surveys' }] })).toEqual([{ output: 'Both surveys are read.' }]);
		// The agent offers the tools in an order of its own.
		expect(world.requestsSince(mark).filter((line) => line.startsWith('GET')).sort()).toEqual(['GET /v1/surveys/p1000001 200', 'GET /v1/surveys/p1000002 200']);
		console.log(`[Forsta] token grants for an agent run with two tools on a fresh credential: ${world.mock.tokens.issued}`);
		expect(world.mock.tokens.issued).toBe(1);
	});
});
