import type { INode, NodeApiError, NodeOperationError } from 'n8n-workflow';
import { apiError } from '../errors/apiError';
import { asNodeError } from '../errors/asNodeError';
import { TokenRequestError } from './tokenRequest';

const CHECK_CREDENTIAL = "Check the credential's client ID, client secret and scopes.";

/** A failed token request as a node error: the service's words, the token endpoint's path, secrets masked. */
export function tokenFailure(node: INode, service: string, error: unknown, secrets: readonly string[], itemIndex?: number): NodeApiError | NodeOperationError {
	if (!(error instanceof TokenRequestError)) return asNodeError(node, error, itemIndex);
	return apiError(node, {
		service,
		request: error.endpoint,
		status: error.httpStatus,
		body: error.body,
		message: error.httpStatus !== undefined ? `the token request was refused: ${error.reason}` : error.reason,
		note: error.httpStatus !== undefined && error.httpStatus < 500 ? CHECK_CREDENTIAL : undefined,
		attempts: 1,
		secrets,
		itemIndex,
	});
}
