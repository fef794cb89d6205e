import { startMockServer, type MockServer } from '../shared';
import type { MockResponse } from '../shared/types';

/** The parts of an OpenAI chat-completions request this mock reads. */
export interface ChatRequest {
	model?: string;
	stream?: boolean;
	messages: Array<{ role: string; content?: unknown; tool_call_id?: string }>;
	tools?: Array<{ type: string; function: { name: string; description?: string; parameters?: unknown } }>;
}

export interface ScriptedChatModel {
	/** e.g. http://127.0.0.1:43121/v1, what an `openAiApi` credential's Base URL takes. */
	readonly baseUrl: string;
	/** Every request body, in the order received. */
	readonly requests: ChatRequest[];
	/** Sets the arguments of the next conversations' tool call. */
	callToolWith(args: Record<string, unknown>): void;
	close(): Promise<void>;
}

export const TOOL_CALL_ID = 'call_scripted_1';
export const ANSWER_PREFIX = 'The tool returned: ';

/** The script, decided by the conversation itself: no tool result yet → call the first tool; else quote the result. */
function nextTurn(request: ChatRequest, args: Record<string, unknown>) {
	const toolResult = request.messages.filter((message) => message.role === 'tool').pop();
	if (toolResult) return { content: `${ANSWER_PREFIX}${String(toolResult.content)}` };
	const tool = request.tools?.[0]?.function.name;
	if (!tool) return { content: 'No tool was offered.' };
	return { toolCall: { id: TOOL_CALL_ID, type: 'function', function: { name: tool, arguments: JSON.stringify(args) } } };
}

type Turn = ReturnType<typeof nextTurn>;

function completion(turn: Turn, model: string) {
	const message = 'toolCall' in turn ? { role: 'assistant', content: null, tool_calls: [turn.toolCall] } : { role: 'assistant', content: turn.content };
	return {
		id: 'chatcmpl-scripted',
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, message, finish_reason: 'toolCall' in turn ? 'tool_calls' : 'stop' }],
		usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
	};
}

/** The same turn as server-sent events: one delta with the whole content or call, a finishing chunk, [DONE]. */
function streamed(turn: Turn, model: string): MockResponse {
	const chunk = (delta: unknown, finish: string | null) => ({
		id: 'chatcmpl-scripted',
		object: 'chat.completion.chunk',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, delta, finish_reason: finish }],
	});
	const delta = 'toolCall' in turn ? { role: 'assistant', tool_calls: [{ index: 0, ...turn.toolCall }] } : { role: 'assistant', content: turn.content };
	const events = [chunk(delta, null), chunk({}, 'toolCall' in turn ? 'tool_calls' : 'stop')];
	const rawBody = [...events.map((event) => `data: ${JSON.stringify(event)}\n\n`), 'data: [DONE]\n\n'].join('');
	return { status: 200, rawBody, headers: { 'Content-Type': 'text/event-stream' } };
}

/** An OpenAI-compatible chat model that first calls the offered tool with set arguments, then quotes its result. */
export async function startScriptedChatModel(): Promise<ScriptedChatModel> {
	const server: MockServer = await startMockServer();
	const requests: ChatRequest[] = [];
	let args: Record<string, unknown> = {};
	server.route('POST', '/v1/chat/completions', (req) => {
		const request = req.body as ChatRequest;
		requests.push(request);
		const turn = nextTurn(request, args);
		const model = request.model ?? 'scripted';
		return request.stream ? streamed(turn, model) : { status: 200, body: completion(turn, model) };
	});
	return {
		baseUrl: `${server.url}/v1`,
		requests,
		callToolWith: (next) => {
			args = next;
		},
		close: async () => await server.close(),
	};
}
