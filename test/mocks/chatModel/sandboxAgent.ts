import { answerFrom } from './answers';
import type { ChatRequest, Turn } from './chatWire';
import { question, toolResultsSinceQuestion } from './conversation';
import { argumentsFor, pickTool } from './toolChoice';

/**
 * The sandbox's offline model, as a ChatScript: for a new question it calls the offered tool that fits it best;
 * once that tool's result is in, it answers from the result. It never calls a second tool for one question.
 */
export function sandboxAgent(request: ChatRequest): Turn {
	const asked = question(request);
	const results = toolResultsSinceQuestion(request);
	if (results.length > 0) return { content: answerFrom(asked, results[results.length - 1]) };
	const tools = request.tools ?? [];
	const tool = pickTool(asked, tools);
	if (!tool) {
		const names = tools.map((offered) => offered.function.name).join(', ');
		return { content: names ? `None of my tools fits that question; I can use: ${names}.` : 'I have no tools, so I cannot look anything up.' };
	}
	const id = `call_sandbox_${request.messages.length}`;
	return { toolCall: { id, type: 'function', function: { name: tool.function.name, arguments: JSON.stringify(argumentsFor(asked, tool)) } } };
}
