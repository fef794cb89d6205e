import type { IDataObject } from 'n8n-workflow';
import { viewsLeaking } from '../../helpers/leaks';
import type { Attempt } from './observeRun';

export interface Verdict {
	/** The run failed (threw, or emitted an error item under Continue On Fail). */
	refused: boolean;
	/** The message or description names one of the labels. */
	named: boolean;
	/** Secrets found in the error, counted once per secret. */
	leaked: number;
	/** What the user reads: message and description. */
	text: string;
}

function errorRows(attempt: Attempt): IDataObject[] {
	return (attempt.output ?? []).map((item) => item.json).filter((json) => json.error !== undefined);
}

/** How a run answered bad input: refused or not, naming which field, leaking which secrets. */
export function verdictOf(attempt: Attempt, labels: readonly string[], secrets: readonly string[]): Verdict {
	const error = attempt.error as { message?: unknown; description?: unknown } | undefined;
	const rows = errorRows(attempt);
	const text = error
		? `${String(error.message)}\n${String(error.description ?? '')}`
		: rows.map((row) => `${String(row.error)}\n${String(row.description ?? '')}`).join('\n');
	const leaking = (secret: string) => (error ? viewsLeaking(error, secret).length > 0 : JSON.stringify(attempt.output ?? []).includes(secret));
	return {
		refused: Boolean(error) || rows.length > 0,
		named: labels.some((label) => text.includes(label)),
		leaked: secrets.filter(leaking).length,
		text,
	};
}

/** Why a refusal fell short, or undefined when it was right: refused, field named, nothing sent, nothing leaked. */
export function refusalProblem(attempt: Attempt, verdict: Verdict, labels: readonly string[]): string | undefined {
	if (attempt.sent > 0 || attempt.received > 0) return `${attempt.sent} request(s) sent, ${attempt.received} received by the mock`;
	if (!verdict.refused) return 'accepted';
	if (verdict.leaked > 0) return `${verdict.leaked} secret(s) in the error`;
	if (!verdict.named) return `error does not name "${labels[0]}": ${verdict.text.split('\n')[0]}`;
	return undefined;
}
