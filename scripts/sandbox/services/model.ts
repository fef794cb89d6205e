import type { SandboxService } from '../service';

const model: SandboxService = {
	id: 'model',
	title: 'Sandbox AI model',
	mockDir: 'test/mocks/chatModel',
	defaultPort: 4060,
	anyPortWhenTaken: true,
	async start(port) {
		const { startSandboxModel } = await import('../../../test/mocks/chatModel');
		const { chatWithAgent, AGENT_CONVERSATIONS } = await import('../agent-chat');
		const sandboxModel = await startSandboxModel(port);
		return {
			url: sandboxModel.baseUrl,
			credentialData: { apiKey: sandboxModel.apiKey, url: sandboxModel.baseUrl },
			details: [
				`OpenAI chat completions, offline: picks one of the tools it is offered, calls it, answers from its result`,
				`Base URL: ${sandboxModel.baseUrl}    API key: ${sandboxModel.apiKey}    model: ${sandboxModel.modelId}`,
				`try     : ${AGENT_CONVERSATIONS.map((conversation) => `"${conversation.question}"`).join(', ')}`,
			],
			triggerEvent: `${AGENT_CONVERSATIONS.length} chat messages arrive`,
			fireTrigger: (workflow, n8nBaseUrl) => chatWithAgent(workflow, n8nBaseUrl, sandboxModel.requests),
			close: sandboxModel.close,
		};
	},
	credential: { type: 'openAiApi', name: 'Sandbox model' },
	// Published, so its hosted chat page answers at once, and --check can chat with it as that page does.
	examples: [{ file: 'ai-agent.json', publish: true }],
};

export default model;
