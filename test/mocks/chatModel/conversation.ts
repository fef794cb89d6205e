import type { ChatMessage, ChatRequest } from './chatWire';

/** One tool result the model received: which tool it called, and the result as sent (a string). */
export interface ToolResult {
	tool: string;
	content: string;
}

/** A message's text, whether sent as a string or as a list of text parts. */
export function textOf(message: ChatMessage | undefined): string {
	const content = message?.content;
	if (typeof content === 'string') return content;
	if (!Array.isArray(content)) return '';
	return content.map((part) => (typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : '')).join('');
}

function lastUserIndex(request: ChatRequest): number {
	return request.messages.map((message) => message.role).lastIndexOf('user');
}

/** What the user asked last. */
export function question(request: ChatRequest): string {
	return textOf(request.messages[lastUserIndex(request)]);
}

/** The tool results that came in after the last question, oldest first, each named by the call it answers. */
export function toolResultsSinceQuestion(request: ChatRequest): ToolResult[] {
	const since = request.messages.slice(lastUserIndex(request) + 1);
	const calls = new Map(since.flatMap((message) => message.tool_calls ?? []).map((call) => [call.id, call.function.name]));
	return since
		.filter((message) => message.role === 'tool')
		.map((message) => ({ tool: calls.get(message.tool_call_id ?? '') ?? 'the tool', content: textOf(message) }));
}
