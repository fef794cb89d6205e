import type { ChatRequest } from '../../test/mocks/chatModel';
import { question, toolResultsSinceQuestion } from '../../test/mocks/chatModel/conversation';
import { parseJson, rawRequest } from '../../test/n8n/harness/rest';
import type { TriggerWorkflow } from './service';

const CHAT_TRIGGER = '@n8n/n8n-nodes-langchain.chatTrigger';
/** The agent waits for the model twice and for the tool once; all local, but n8n 2.41 on a busy machine is slow. */
const CHAT_TIMEOUT_MS = 60_000;
/** The pack's default tool answer budget (docs/AI-AGENTS.md): a whole SKU list must reach the model within it. */
const TOOL_ANSWER_BUDGET = 20_000;

export interface AgentConversation {
	question: string;
	/** The tool the model must call, as the agent offers it: the node's name with spaces as underscores. */
	tool: string;
	/** What the tool's result must show: that it ran against the mock. */
	toolResult: RegExp;
	/** The most characters the tool's result may have. */
	maxToolResult?: number;
	answer: RegExp;
}

/** The questions of the sandbox's agent example (examples/ai-agent.json), each with what proves it went right. */
export const AGENT_CONVERSATIONS: AgentConversation[] = [
	{
		question: 'which SKUs are low on stock?',
		tool: 'Hive_SKUs',
		toolResult: /"merchant_sku_id"/,
		maxToolResult: TOOL_ANSWER_BUDGET,
		answer: /fewer than 20 units in stock: HIVE-SKU-\d{4}/,
	},
	{ question: 'show me order 999999', tool: 'Hive_Order', toolResult: /Hive \(HTTP 404\)/, answer: /^Order 999999 does not exist/ },
	{ question: 'what are the newest comments?', tool: 'FastComments_Comments', toolResult: /"commenterName"/, answer: /FastComments_Comments returned \d+ items?/ },
];

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Chats with a published agent example the way its hosted chat page does (POST <webhook>/chat, one session per
 * question) and checks each conversation in the model's own request log: the expected tool ran and its result
 * reached the model, and the agent's reply came back to the chat. Throws on the first conversation that went wrong.
 */
export async function chatWithAgent(workflow: TriggerWorkflow, n8nBaseUrl: string, modelRequests: ChatRequest[]): Promise<string> {
	const trigger = workflow.nodes.find((node) => node.type === CHAT_TRIGGER);
	if (!trigger?.webhookId) throw new Error(`"${workflow.name}" has no Chat Trigger with a webhook id`);
	const url = `${n8nBaseUrl}/webhook/${trigger.webhookId}/chat`;
	const lines: string[] = [];
	for (const conversation of AGENT_CONVERSATIONS) lines.push(await ask(url, conversation, modelRequests));
	return lines.join('; ');
}

async function ask(url: string, conversation: AgentConversation, modelRequests: ChatRequest[]): Promise<string> {
	const asked = `"${conversation.question}"`;
	const firstRequest = modelRequests.length;
	const body = { action: 'sendMessage', sessionId: `sandbox-check-${Date.now()}`, chatInput: conversation.question };
	const response = await rawRequest(url, { method: 'POST', body, timeoutMs: CHAT_TIMEOUT_MS });
	const reply = (parseJson(response.text) as { output?: unknown } | undefined)?.output;
	if (response.status !== 200 || typeof reply !== 'string') throw new Error(`${asked}: the chat answered ${response.status}: ${shorten(response.text, 300)}`);

	const results = modelRequests
		.slice(firstRequest)
		.filter((request) => question(request) === conversation.question)
		.flatMap(toolResultsSinceQuestion);
	const result = results.find((candidate) => candidate.tool === conversation.tool);
	if (!result) throw new Error(`${asked}: the model got no result from ${conversation.tool} (it got results from: ${results.map((got) => got.tool).join(', ') || 'no tool'})`);
	if (!conversation.toolResult.test(result.content)) throw new Error(`${asked}: ${conversation.tool} returned ${shorten(result.content, 300)}`);
	const size = result.content.length;
	if (size > (conversation.maxToolResult ?? Infinity)) throw new Error(`${asked}: ${conversation.tool} sent the model ${size} characters, over ${conversation.maxToolResult}`);
	if (!conversation.answer.test(reply)) throw new Error(`${asked}: the agent replied "${shorten(reply, 300)}"`);
	return `${asked} → ${conversation.tool} ran (${size} characters to the model), reply "${shorten(reply, 90)}"`;
}
