import type { IExecuteFunctions, INode } from 'n8n-workflow';

/**
 * n8n offers an action node to AI agents under its type name plus "Tool" (hive → hiveTool), and the agent's engine
 * marks the node it runs for a tool call with `rewireOutputLogTo: 'ai_tool'`. Either one means "running as a tool".
 * The pack's own type names never end in "Tool", so the suffix cannot be a false match.
 */
export function runsAsAiTool(node: INode): boolean {
	const typeName = node.type.split('.').pop() ?? '';
	return typeName.endsWith('Tool') || node.rewireOutputLogTo === 'ai_tool';
}

/**
 * Whether a failed item becomes an error item (and the run goes on) instead of stopping the execution.
 * Besides Continue On Fail, this is the default of a tool: the model gets the pack's message (service, status, the
 * service's words, hint, field) and can correct its call. It follows n8n 2.x's own rule for tools, which continue
 * unless On Error is set to "Stop Workflow" explicitly, so that setting still stops the run here too.
 */
export function failuresBecomeItems(ctx: IExecuteFunctions): boolean {
	if (ctx.continueOnFail()) return true;
	const node = ctx.getNode();
	return runsAsAiTool(node) && node.onError !== 'stopWorkflow';
}
