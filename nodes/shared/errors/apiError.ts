import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';
import { redactText, redactValue } from './redact';
import { serviceMessage } from './serviceMessage';
import { hintFor, UNREACHABLE_HINT } from './statusHints';

export interface FailureReport {
	service: string;
	/** e.g. "GET /skus" — the path only, never the query (it may carry secrets in other services). */
	request: string;
	status?: number;
	body?: unknown;
	/** Our own wording when the service's words are not the point (a network fault, a quota). */
	message?: string;
	/** A sentence added after the message, e.g. that the request was not repeated. */
	note?: string;
	/** What the user can do, where the status alone would mislead (a spent quota is a 429 too). */
	hint?: string;
	attempts: number;
	secrets: readonly string[];
	itemIndex?: number;
}

function attemptsNote(attempts: number): string {
	return attempts > 1 ? ` Gave up after ${attempts} attempts.` : '';
}

/**
 * A NodeApiError that quotes the service, names the status, gives a hint, and carries only redacted data:
 * it is built from plain values, never from the HTTP client's error, whose config holds the auth headers.
 */
export function apiError(node: INode, report: FailureReport): NodeApiError {
	const quoted = report.message ?? serviceMessage(report.body);
	const statusPart = report.status !== undefined ? ` (HTTP ${report.status})` : '';
	const said = `${report.service}${statusPart}: ${quoted ?? 'the request failed'}`;
	const noted = report.note ? `${said}${/[.!?…]$/.test(said) ? '' : '.'} ${report.note}` : said;
	const message = redactText(noted, report.secrets);
	const hint = report.hint ?? (report.status !== undefined ? hintFor(report.status) : UNREACHABLE_HINT);
	const description = redactText(`${hint}${attemptsNote(report.attempts)} Request: ${report.request}.`, report.secrets);
	const details: JsonObject = {
		service: report.service,
		request: redactText(report.request, report.secrets),
		attempts: report.attempts,
		message,
	};
	if (report.status !== undefined) details.httpCode = String(report.status);
	if (report.body !== undefined) details.responseBody = redactValue(report.body, report.secrets) as JsonObject;
	const error = new NodeApiError(node, details, {
		message,
		description,
		httpCode: report.status !== undefined ? String(report.status) : undefined,
		itemIndex: report.itemIndex,
	});
	// NodeApiError swaps a message that names an error code (ECONNRESET, ETIMEDOUT…) for a generic sentence,
	// which would drop the service name and "It was not repeated"; keep ours.
	error.message = message;
	return error;
}
