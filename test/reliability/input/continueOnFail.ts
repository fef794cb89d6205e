import fc from 'fast-check';
import type { IDataObject, INodeExecutionData, IPairedItemData } from 'n8n-workflow';
import type { LogEntry } from '../../mocks/shared/requestLog';
import type { Values } from './displayOptions';
import type { InputSubject } from './inputSubject';
import { invalidCasesFor } from './invalidValues';
import { describeTarget, targetsOf, withValueAt } from './parameterTargets';

/** Valid items with one parameter made bad for some of them, run with Continue On Fail. */
export interface MixScenario {
	/** e.g. "SKU: Create". */
	label: string;
	/** The parameters and input item of valid item `index` in mix number `run`; what it sends carries `keyOf(index, run)`. */
	valid(index: number, run: number): { parameters: Values; item?: IDataObject };
	/** Unique per run, so that a service that refuses duplicates (a SKU code) sees each key once. */
	keyOf(index: number, run: number): string;
	/** The item keys a request carries (none for token requests); a bulk request carries several. */
	keysIn(entry: LogEntry): string[];
	/** The parameter the bad items get wrong; its bad values come from its description. */
	path: Array<string | number>;
}

export interface MixTally {
	tried: number;
	/** Valid items with no output or that never reached the service. */
	lost: number;
	/** Extra outputs or extra requests for a valid item. */
	duplicated: number;
	/** Requests that carried a bad item. */
	doubleSent: number;
	leaked: number;
	misses: string[];
}

/** Answers that say the service did not act on the request (a 429 is waited out and sent again, as it should be). */
const NOT_ACTED_ON = new Set([401, 429]);

const pairedIndex = (item: INodeExecutionData) => ((Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem) as IPairedItemData | undefined)?.item;

function badValues(subject: InputSubject, scenario: MixScenario) {
	const parameters = scenario.valid(0, 0).parameters;
	const target = targetsOf(subject.properties, parameters).find((candidate) => describeTarget(candidate) === scenario.path.join('.'));
	if (!target) throw new Error(`${scenario.label}: the description shows no parameter at ${scenario.path.join('.')}`);
	return { labels: target.labels, values: fc.oneof(...invalidCasesFor(target.property, subject.hints).map((entry) => entry.values)) };
}

/** What one mixed run did to each item; returns the problems found, and adds its counts to the tally. */
function judgeMix(output: INodeExecutionData[], entries: LogEntry[], bad: boolean[], run: number, scenario: MixScenario, labels: string[], secrets: string[], tally: MixTally): string[] {
	const problems: string[] = [];
	const count = (list: LogEntry[]) => {
		const counts = new Map<string, number>();
		for (const key of list.flatMap((entry) => scenario.keysIn(entry))) counts.set(key, (counts.get(key) ?? 0) + 1);
		return counts;
	};
	// A bad item must not be sent at all; a valid one must be acted on once (a 429 answer and its retry count once).
	const received = count(entries);
	const actedOn = count(entries.filter((entry) => !NOT_ACTED_ON.has(entry.status)));
	bad.forEach((isBad, index) => {
		const rows = output.filter((item) => pairedIndex(item) === index);
		const errors = rows.filter((item) => item.json.error !== undefined);
		const key = scenario.keyOf(index, run);
		const sent = (isBad ? received : actedOn).get(key) ?? 0;
		if (isBad) {
			tally.doubleSent += sent;
			const named = errors.length === 1 && labels.some((label) => `${String(errors[0].json.error)} ${String(errors[0].json.description ?? '')}`.includes(label));
			if (!named || rows.length !== 1) problems.push(`bad item ${index}: ${rows.length} row(s), ${errors.length} error(s) ${JSON.stringify(errors[0]?.json ?? {}).slice(0, 160)}`);
			return;
		}
		const good = rows.length - errors.length;
		if (good === 0 || sent === 0) tally.lost += 1;
		tally.duplicated += Math.max(0, good - 1) + Math.max(0, sent - 1);
		if (errors.length || good !== 1 || sent !== 1) problems.push(`valid item ${index}: ${good} row(s), ${errors.length} error(s), sent ${sent} time(s) ${JSON.stringify(errors[0]?.json ?? '').slice(0, 160)}`);
	});
	tally.leaked += secrets.filter((secret) => JSON.stringify(output).includes(secret)).length;
	return problems;
}

/**
 * Generated mixes of valid and bad items (2 to 5 items, at least one of each) under Continue On Fail: each bad
 * item must come out as one error item paired with it that names the field, and send nothing; each valid item must
 * come out once and reach the service once.
 */
export async function driveMixes(subject: InputSubject, scenario: MixScenario, numRuns: number, tally: MixTally): Promise<void> {
	const { labels, values } = badValues(subject, scenario);
	const flags = fc.array(fc.boolean(), { minLength: 2, maxLength: 5 }).filter((bad) => bad.includes(true) && bad.includes(false));
	const problemsOf = new Map<string, string[]>();
	let run = 0;
	const property = fc.asyncProperty(flags, values, async (bad, value) => {
		run += 1;
		const valid = bad.map((_flag, index) => scenario.valid(index, run));
		const parameters = valid.map(({ parameters: entry }, index) => (bad[index] ? withValueAt(entry, scenario.path, value) : entry));
		const mark = subject.log().lastSeq;
		const attempt = await subject.run((index) => parameters[index], { items: valid.map(({ item }) => item ?? {}), continueOnFail: true });
		tally.tried += 1;
		const problems = attempt.error
			? [`threw: ${String((attempt.error as Error).message)}`]
			: judgeMix(attempt.output ?? [], subject.log().since(mark), bad, run, scenario, labels, subject.secrets(), tally);
		if (attempt.error) tally.lost += bad.filter((isBad) => !isBad).length;
		problemsOf.set(fc.stringify([bad, value]), problems);
		return problems.length === 0;
	});
	const result = await fc.check(property, { numRuns });
	if (result.failed && result.counterexample) {
		const shown = fc.stringify(result.counterexample);
		tally.misses.push(`${scenario.label} ${shown.slice(0, 100)}: ${(problemsOf.get(shown) ?? []).join('; ')} (seed ${result.seed})`);
	}
}

export const emptyMixTally = (): MixTally => ({ tried: 0, lost: 0, duplicated: 0, doubleSent: 0, leaked: 0, misses: [] });
