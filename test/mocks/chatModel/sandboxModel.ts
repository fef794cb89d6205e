import { sandboxAgent } from './sandboxAgent';
import { startScriptedChatModel, type ScriptedChatModel } from './scriptedChatModel';

/** A fixed, fake key: the sandbox model only answers requests that carry it, as OpenAI would. */
export const SANDBOX_MODEL_API_KEY = 'sk-sandbox-model-key';
export const SANDBOX_MODEL_ID = 'sandbox-agent';

export interface SandboxModel extends ScriptedChatModel {
	apiKey: string;
	modelId: string;
}

/** The offline model of `npm start`: OpenAI's chat-completions API, answered by the sandbox agent script. */
export async function startSandboxModel(port = 0): Promise<SandboxModel> {
	const model = await startScriptedChatModel({ port, script: sandboxAgent, apiKey: SANDBOX_MODEL_API_KEY, modelId: SANDBOX_MODEL_ID });
	return Object.assign(model, { apiKey: SANDBOX_MODEL_API_KEY, modelId: SANDBOX_MODEL_ID });
}
