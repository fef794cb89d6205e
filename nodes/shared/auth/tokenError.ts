import type { INode, NodeApiError, NodeOperationError } from 'n8n-workflow';
import { apiError } from '../errors/apiError';
import { asNodeError } from '../errors/asNodeError';
import { hintFor, UNREACHABLE_HINT } from '../errors/statusHints';
import { budgetSpentHint } from '../retry/budgetHint';
import { TokenRequestError } from './tokenRequest';

const CHECK_CREDENTIAL = "Check the credential's client ID, client secret and scopes.";

/** What a token endpoint's status means: only a refusal is about the credential; the others pass. */
function whatHappened(status: number): string {
	if (status >= 500) return 'the token endpoint failed';
	if (status === 429) return 'the token endpoint refused for its rate limit';
	if (status === 408) return 'the token endpoint timed out';
	return 'the token request was refused';
}

/** A failed token request as a node error: the service's words, the token endpoint's path, secrets masked. */
export function tokenFailure(node: INode, service: string, error: unknown, secrets: readonly string[], itemIndex?: number): NodeApiError | NodeOperationError {
	if (!(error instanceof TokenRequestError)) return asNodeError(node, error, itemIndex);
	const status = error.httpStatus;
	const spent = error.spentBudget;
	const refused = status !== undefined && !spent && status < 500;
	return apiError(node, {
		service,
		request: error.endpoint,
		status,
		body: error.body,
		message: status !== undefined ? `${whatHappened(status)}: ${error.reason}` : error.reason,
		note: refused ? CHECK_CREDENTIAL : undefined,
		// Like a data request's: how long it was repeated and what to do about a longer outage.
		hint: spent ? budgetSpentHint(status !== undefined ? hintFor(status) : UNREACHABLE_HINT, spent) : undefined,
		attempts: error.attempts,
		secrets,
		itemIndex,
	});
}
