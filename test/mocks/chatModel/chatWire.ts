import type { MockResponse } from '../shared/types';

/** A tool call as an assistant message carries it. */
export interface ToolCall {
	id: string;
	type: 'function';
	function: { name: string; arguments: string };
}

export interface ChatMessage {
	role: string;
	/** A string, or (from some clients) a list of parts such as `{ type: 'text', text }`. */
	content?: unknown;
	tool_call_id?: string;
	tool_calls?: ToolCall[];
}

export interface OfferedTool {
	type: string;
	function: { name: string; description?: string; parameters?: unknown };
}

/** The parts of an OpenAI chat-completions request the mock reads. */
export interface ChatRequest {
	model?: string;
	stream?: boolean;
	messages: ChatMessage[];
	tools?: OfferedTool[];
}

/** What the model says next: an answer, or one tool call. */
export type Turn = { content: string } | { toolCall: ToolCall };

const COMPLETION_ID = 'chatcmpl-scripted';

const now = () => Math.floor(Date.now() / 1000);
const finishReason = (turn: Turn) => ('toolCall' in turn ? 'tool_calls' : 'stop');

/** The turn as a plain chat-completions answer. */
export function completion(turn: Turn, model: string): MockResponse {
	const message = 'toolCall' in turn ? { role: 'assistant', content: null, tool_calls: [turn.toolCall] } : { role: 'assistant', content: turn.content };
	const body = {
		id: COMPLETION_ID,
		object: 'chat.completion',
		created: now(),
		model,
		choices: [{ index: 0, message, finish_reason: finishReason(turn) }],
		usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
	};
	return { status: 200, body };
}

/** The same turn as server-sent events: one delta with the whole content or call, a finishing chunk, [DONE]. */
export function streamed(turn: Turn, model: string): MockResponse {
	const chunk = (delta: unknown, finish: string | null) => ({
		id: COMPLETION_ID,
		object: 'chat.completion.chunk',
		created: now(),
		model,
		choices: [{ index: 0, delta, finish_reason: finish }],
	});
	const delta = 'toolCall' in turn ? { role: 'assistant', tool_calls: [{ index: 0, ...turn.toolCall }] } : { role: 'assistant', content: turn.content };
	const events = [chunk(delta, null), chunk({}, finishReason(turn))];
	const rawBody = [...events.map((event) => `data: ${JSON.stringify(event)}\n\n`), 'data: [DONE]\n\n'].join('');
	return { status: 200, rawBody, headers: { 'Content-Type': 'text/event-stream' } };
}

/** GET /models: what the credential's Test button and the chat-model node's model list read. */
export function modelList(modelId: string): MockResponse {
	return { status: 200, body: { object: 'list', data: [{ id: modelId, object: 'model', created: 0, owned_by: 'sandbox' }] } };
}

/** OpenAI's answer to a missing or wrong API key. */
export function invalidApiKey(): MockResponse {
	const error = { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' };
	return { status: 401, body: { error } };
}
