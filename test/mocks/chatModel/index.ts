export { startScriptedChatModel, ANSWER_PREFIX, TOOL_CALL_ID, type ChatScript, type ScriptedChatModel, type ScriptedChatModelOptions } from './scriptedChatModel';
export { startSandboxModel, SANDBOX_MODEL_API_KEY, SANDBOX_MODEL_ID, type SandboxModel } from './sandboxModel';
export { sandboxAgent } from './sandboxAgent';
export { LOW_STOCK_THRESHOLD } from './answers';
export type { ChatMessage, ChatRequest, OfferedTool, ToolCall, Turn } from './chatWire';
