import { NodeOperationError, type INode, type NodeApiError } from 'n8n-workflow';

/** n8n's own errors pass through; anything else becomes a NodeOperationError with its message only. */
export function asNodeError(node: INode, error: unknown, itemIndex?: number): NodeApiError | NodeOperationError {
	const isNodeError = error instanceof Error && typeof (error as { node?: unknown }).node === 'object';
	if (isNodeError) return error as NodeApiError | NodeOperationError;
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(node, message, { itemIndex });
}
