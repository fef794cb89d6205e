import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { FaultLayer } from '../../mocks/shared';
import type { LogEntry } from '../../mocks/shared/requestLog';
import { writesReceivedTwice } from '../tally';
import { emittedAgainst, secretsIn, settleFaultCase, type FaultCase, type WorkflowOutcome } from './faultCase';

/**
 * What the Forsta and Faster Forward fault cases share beyond faultCase.ts: both services have tokens, so their
 * token requests are not writes, and both scan for their client secret and every token the mock issued.
 */

/** One case run: how it ended, what the mock received meanwhile, and how many faults were injected. */
export interface CaseRun {
	outcome: WorkflowOutcome;
	log: LogEntry[];
	tried: number;
}

/** A read's rows: the key of an emitted item, keys present throughout, keys that came or went during the read. */
export interface ReadCheck {
	keyOf: (item: IDataObject) => unknown;
	mustAppear: readonly unknown[];
	mayAppear?: readonly unknown[];
}

export interface ServiceFacts {
	service: Extract<FaultCase['service'], 'Forsta' | 'Faster Forward'>;
	runtime: FaultCase['runtime'];
	/** Requests that write the user's data (a token request is not one: asking again is harmless). */
	isWrite: (entry: LogEntry) => boolean;
	/** The client secret and every token issued so far, for the leak count. */
	secrets: () => string[];
}

export type CaseWords = Pick<FaultCase, 'subject' | 'trial' | 'expected'>;

/**
 * Records the case's ledger row and asserts its counts: rows lost or duplicated (reads), writes the mock received
 * twice, secrets in the output, error or logs. `did` says what the node did, e.g. "3 attempts at page 2"; the rows
 * (or "clear error") are added to it.
 */
export function settleCase(facts: ServiceFacts, words: CaseWords, run: CaseRun, did: string, read?: ReadCheck): void {
	const { outcome } = run;
	const tally = read ? emittedAgainst(outcome, read.mustAppear, read.mayAppear, read.keyOf) : { lost: 0, duplicated: 0, unexpected: 0 };
	expect(tally.unexpected).toBe(0);
	const rows = read ? rowsEmitted(outcome.items, read) : plural(outcome.items.length, 'item');
	settleFaultCase(
		{ service: facts.service, runtime: facts.runtime, ...words },
		{
			observed: `${did}; ${outcome.error === undefined ? rows : `clear error, ${rows}`}`,
			tried: run.tried,
			lost: tally.lost,
			duplicated: tally.duplicated,
			doubleSent: writesReceivedTwice(run.log, facts.isWrite),
			leaked: secretsIn(outcome.texts, facts.secrets()),
		},
	);
}

/** "50/50 rows", and for rows that came or went during the read, how many of them were emitted: ", 1/2 changed". */
function rowsEmitted(items: readonly IDataObject[], read: ReadCheck): string {
	const emitted = new Set(items.map((item) => String(read.keyOf(item))));
	const found = (keys: readonly unknown[]) => keys.filter((key) => emitted.has(String(key))).length;
	const changing = read.mayAppear ?? [];
	const rows = `${found(read.mustAppear)}/${read.mustAppear.length} rows`;
	return changing.length ? `${rows}, ${found(changing)}/${changing.length} changed` : rows;
}

/** "1 attempt", "3 attempts". */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The error text a node error shows in n8n: its message and its description (the hint). */
function errorText(error: unknown): string {
	const { message, description } = error as { message?: string; description?: string | null };
	return [message, description].filter(Boolean).join(' ');
}

/** Everything an error carries, as text for the leak scan (its own text when it cannot be serialised). */
function serialised(error: unknown): string {
	try {
		return JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}));
	} catch {
		return String(error);
	}
}

/** Runs a node's operations in-process and keeps the outcome (items, or the node error) instead of throwing. */
export async function inProcessOutcome(run: () => Promise<INodeExecutionData[][]>): Promise<WorkflowOutcome> {
	try {
		const [items] = await run();
		const json = items.map((item) => item.json);
		return { items: json, texts: [JSON.stringify(items)] };
	} catch (error) {
		const text = errorText(error);
		return { items: [], error: text, texts: [text, serialised(error)] };
	}
}

/**
 * Ends a case run in-process: counts the faults injected, then clears the layer, which ends requests still hanging
 * so the mock logs them (after a turn of the event loop). The layer has no rules afterwards.
 */
export async function settleFaults(faults: FaultLayer): Promise<number> {
	const tried = faults.injected.length;
	faults.clear();
	await new Promise((resolve) => setImmediate(resolve));
	return tried;
}

/**
 * Another client spending the same quota: sends requests until the service refuses one (or `max` went through).
 * Returns how many it sent, the refused one included.
 */
export async function spendUntilRefused(send: () => Promise<number>, max = 50): Promise<number> {
	for (let sent = 1; sent <= max; sent++) {
		const status = await send();
		if (status === 429 || status === 403) return sent;
	}
	return max;
}

/** Token requests from the first refusal (401) on: what renewing the token cost. */
export function tokenRequestsAfterExpiry(log: readonly LogEntry[], isTokenRequest: (entry: LogEntry) => boolean): number {
	const first401 = log.findIndex((entry) => entry.status === 401);
	return first401 < 0 ? 0 : countOf(log.slice(first401), isTokenRequest);
}

/** How many entries of a log match, e.g. the attempts at one page. */
export const countOf = (log: readonly LogEntry[], test: (entry: LogEntry) => boolean): number => log.filter(test).length;

export const oneTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
