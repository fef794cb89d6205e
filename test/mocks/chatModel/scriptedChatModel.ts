import { startMockServer, type MockServer } from '../shared';
import { completion, invalidApiKey, modelList, streamed, type ChatRequest, type Turn } from './chatWire';

export type { ChatRequest, Turn } from './chatWire';

/** Decides the model's next turn from the conversation so far. */
export type ChatScript = (request: ChatRequest) => Turn;

export interface ScriptedChatModelOptions {
	/** 0 (default) picks a free port. */
	port?: number;
	/** Default: call the first offered tool with the arguments set by `callToolWith`, then quote its result. */
	script?: ChatScript;
	/** When set, a request without `Authorization: Bearer <apiKey>` gets OpenAI's 401. */
	apiKey?: string;
	/** The one model GET /models lists. */
	modelId?: string;
}

export interface ScriptedChatModel {
	/** e.g. http://127.0.0.1:43121/v1, what an `openAiApi` credential's Base URL takes. */
	readonly baseUrl: string;
	/** Every chat-completions request body, in the order received. */
	readonly requests: ChatRequest[];
	/** Sets the arguments of the default script's tool call, for the next conversations. */
	callToolWith(args: Record<string, unknown>): void;
	close(): Promise<void>;
}

export const TOOL_CALL_ID = 'call_scripted_1';
export const ANSWER_PREFIX = 'The tool returned: ';

/** The default script: no tool result yet → call the first tool; else quote the result. */
function firstToolThenQuote(args: () => Record<string, unknown>): ChatScript {
	return (request) => {
		const toolResult = request.messages.filter((message) => message.role === 'tool').pop();
		if (toolResult) return { content: `${ANSWER_PREFIX}${String(toolResult.content)}` };
		const tool = request.tools?.[0]?.function.name;
		if (!tool) return { content: 'No tool was offered.' };
		return { toolCall: { id: TOOL_CALL_ID, type: 'function', function: { name: tool, arguments: JSON.stringify(args()) } } };
	};
}

/** An OpenAI-compatible chat model whose turns come from a script instead of a language model. */
export async function startScriptedChatModel(options: ScriptedChatModelOptions = {}): Promise<ScriptedChatModel> {
	const server: MockServer = await startMockServer({ port: options.port ?? 0 });
	const requests: ChatRequest[] = [];
	let args: Record<string, unknown> = {};
	const script = options.script ?? firstToolThenQuote(() => args);
	if (options.apiKey) {
		const expected = `Bearer ${options.apiKey}`;
		server.use((req, next) => (req.headers.authorization === expected ? next() : invalidApiKey()));
	}
	server.route('GET', '/v1/models', () => modelList(options.modelId ?? 'scripted-model'));
	server.route('POST', '/v1/chat/completions', (req) => {
		const request = req.body as ChatRequest;
		requests.push(request);
		const model = request.model ?? options.modelId ?? 'scripted';
		return request.stream ? streamed(script(request), model) : completion(script(request), model);
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
