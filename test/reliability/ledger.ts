import { appendFileSync } from 'node:fs';

/** The tables of docs/RELIABILITY.md. */
export type ReliabilityTable = 'faults' | 'input' | 'webhooks' | 'secrets' | 'requests';

export type ServiceName = 'Hive' | 'FastComments' | 'Forsta' | 'Flowbox' | 'Faster Forward' | 'All';

/**
 * One measured row of docs/RELIABILITY.md. A test fills the counts from what it observed (never from constants),
 * records the row, then asserts the counts; the report only keeps rows of a passing run.
 */
export interface ReliabilityRow {
	table: ReliabilityTable;
	service: ServiceName;
	/** What was exercised: an operation, a parameter, a trigger. */
	subject: string;
	/** The fault, bad input or forged request tried. */
	trial: string;
	/** What the node must do. */
	expected: string;
	/** What it did, in a few words with figures (e.g. "2 retries, 3,250/3,250 rows"). */
	observed: string;
	/** How many faults were injected, inputs generated, requests forged or outputs scanned. */
	tried: number;
	lost: number;
	duplicated: number;
	/** Non-idempotent requests the service received more than once (writes), or requests sent for bad input. */
	doubleSent: number;
	/** Secret occurrences found in output, errors or logs. */
	leaked: number;
	/** Where: `real n8n` or `in-process` (the node's execute() through an n8n-like transport). */
	runtime: 'real n8n' | 'in-process';
}

/** Set by `npm run reliability`; unset in ordinary test runs, where recording does nothing. */
const LEDGER_ENV = 'RELIABILITY_LEDGER';

export function recordReliability(row: ReliabilityRow): void {
	const file = process.env[LEDGER_ENV];
	if (!file) return;
	appendFileSync(file, `${JSON.stringify({ ...row, testFile: expect.getState().testPath ?? '' })}\n`);
}

export { LEDGER_ENV };
