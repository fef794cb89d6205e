import type { IConnections, IDataObject } from 'n8n-workflow';
import { startScriptedChatModel, type ChatRequest, type ScriptedChatModel } from '../../mocks/chatModel/scriptedChatModel';
import type { N8nClient, NodeSpec, RunResult } from '../harness/client';

const AGENT = '@n8n/n8n-nodes-langchain.agent';
const CHAT_MODEL = '@n8n/n8n-nodes-langchain.lmChatOpenAi';

export interface AgentRun {
	result: RunResult;
	/** What the model was sent during this run: the first request offers the tools, the second holds the tool result. */
	requests: ChatRequest[];
	toolMessage: ChatRequest['messages'][number] | undefined;
	/** The items a tool node handed to the agent, as the execution log stores them. */
	toolOutput(toolNode: string): Promise<IDataObject[]>;
}

export interface ScriptedAgent {
	model: ScriptedChatModel;
	/** Runs n8n's AI Agent (3.1) once with these tools, the model scripted to call the first one with `args`. */
	ask(tools: NodeSpec[], prompt: string, args: Record<string, unknown>): Promise<AgentRun>;
	close(): Promise<void>;
}

/** n8n's own AI Agent and OpenAI Chat Model, the model's Base URL pointing at the scripted chat-completions server. */
export async function scriptedAgent(n8n: N8nClient): Promise<ScriptedAgent> {
	const model = await startScriptedChatModel();
	const openAi = { id: await n8n.createCredential('openAiApi', 'scripted model', { apiKey: 'sk-scripted-model', url: model.baseUrl }), name: 'scripted model' };
	const agentNodes: NodeSpec[] = [
		{ name: 'Agent', type: AGENT, typeVersion: 3.1, parameters: { promptType: 'define', text: '={{ $json.prompt }}', options: {} } },
		{
			name: 'Model',
			type: CHAT_MODEL,
			typeVersion: 1.3,
			parameters: { model: { __rl: true, mode: 'id', value: 'scripted-model' }, responsesApiEnabled: false, options: {} },
			credentials: { openAiApi: openAi },
		},
	];
	const connectionsFor = (tools: NodeSpec[]): IConnections => ({
		Model: { ai_languageModel: [[{ node: 'Agent', type: 'ai_languageModel', index: 0 }]] },
		...Object.fromEntries(tools.map((tool) => [tool.name, { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] }])),
	});
	return {
		model,
		ask: async (tools, prompt, args) => {
			model.callToolWith(args);
			const firstRequest = model.requests.length;
			const result = await n8n.run([...agentNodes, ...tools], connectionsFor(tools), { input: [{ prompt }] });
			const requests = model.requests.slice(firstRequest);
			const toolOutput = async (toolNode: string) => {
				const runs = (await result.execution()).data.resultData.runData[toolNode] ?? [];
				return runs.flatMap((run) => (run.data?.ai_tool?.[0] ?? []).map((item) => item.json));
			};
			return { result, requests, toolMessage: requests[1]?.messages.find((message) => message.role === 'tool'), toolOutput };
		},
		close: async () => await model.close(),
	};
}
