/** The sandbox model on its own: `npx tsx test/mocks/chatModel/main.ts [port]`. */
import { runStandalone } from '../shared/runStandalone';
import { startSandboxModel } from './sandboxModel';

runStandalone({
	portEnv: 'MODEL_MOCK_PORT',
	defaultPort: 4060,
	start: startSandboxModel,
	describe: (model) => [
		`Sandbox model (OpenAI chat completions) listening on ${model.baseUrl}`,
		`  API key : ${model.apiKey}`,
		`  model   : ${model.modelId}`,
	],
});
