import fc from 'fast-check';
import { operationsOf, type OperationRef } from './displayOptions';
import type { InputSubject } from './inputSubject';
import type { Attempt } from './observeRun';
import { INPUT_CLASSES, invalidCasesFor, type InputClass } from './invalidValues';
import { describeTarget, withValueAt, type Target } from './parameterTargets';
import { variantsOf, type Variant } from './variants';
import { refusalProblem, verdictOf } from './verdict';

/** What one kind of bad input did across a node's parameters. */
export interface InputTally {
	/** Inputs generated and run (shrinking included). */
	tried: number;
	/** Of those, refused with the field named, nothing sent and nothing leaked. */
	refusedByName: number;
	/** Requests that left the node or reached the mock for bad input. */
	sent: number;
	leaked: number;
	/** Smallest failing input per parameter, with what went wrong. */
	misses: string[];
}

export interface ParameterDrive {
	byClass: Record<InputClass, InputTally>;
	operations: number;
	parameters: number;
	/** Valid parameters (of an operation or a variant) that did not reach the service: driving them would prove nothing. */
	badBaselines: string[];
	/** Parameters the description gives nothing generic to refuse for (optional free text, for instance). */
	notDriven: string[];
}

export const emptyTally = (): InputTally => ({ tried: 0, refusedByName: 0, sent: 0, leaked: 0, misses: [] });
const nameOf = (ref: OperationRef) => `${ref.resource}/${ref.operation}`;

async function reachesService(subject: InputSubject, ref: OperationRef, variant: Variant): Promise<string | undefined> {
	const attempt = await subject.run(variant.parameters, { items: variant.items, continueOnFail: true });
	if (attempt.sent > 0) return undefined;
	const error = attempt.error ?? attempt.output?.find((item) => item.json.error)?.json;
	return `${nameOf(ref)} ${variant.label}: its valid parameters sent nothing (${JSON.stringify(error)?.slice(0, 200)})`;
}

/**
 * Runs each generated input and checks that it is refused with one of `labels` named, nothing sent and no secret
 * shown; the counts go into `tally`, the smallest failing input (if any) into its misses.
 */
export async function checkRefusals<T>(
	inputs: fc.Arbitrary<T>,
	attempt: (input: T) => Promise<Attempt>,
	expected: { where: string; labels: readonly string[]; secrets: readonly string[] },
	tally: InputTally,
	numRuns: number,
): Promise<void> {
	const problems = new Map<string, string>();
	const property = fc.asyncProperty(inputs, async (input) => {
		const outcome = await attempt(input);
		const verdict = verdictOf(outcome, expected.labels, expected.secrets);
		const problem = refusalProblem(outcome, verdict, expected.labels);
		tally.tried += 1;
		tally.sent += Math.max(outcome.sent, outcome.received);
		tally.leaked += verdict.leaked;
		if (problem) problems.set(fc.stringify(input), problem);
		else tally.refusedByName += 1;
		return problem === undefined;
	});
	const result = await fc.check(property, { numRuns });
	if (result.failed && result.counterexample) {
		const shown = fc.stringify(result.counterexample[0]);
		tally.misses.push(`${expected.where} = ${shown.slice(0, 80)}: ${problems.get(shown)} (seed ${result.seed})`);
	}
}

async function driveTarget(subject: InputSubject, ref: OperationRef, variant: Variant, target: Target, drive: ParameterDrive, numRuns: number): Promise<void> {
	const expected = { where: `${nameOf(ref)} ${variant.label}${describeTarget(target)}`, labels: target.labels, secrets: subject.secrets() };
	const attempt = (value: unknown) => subject.run(withValueAt(variant.parameters, target.path, value), { items: variant.items });
	for (const { inputClass, values } of invalidCasesFor(target.property, subject.hints)) {
		await checkRefusals(values, attempt, expected, drive.byClass[inputClass], numRuns);
	}
}

/**
 * Every operation of the node, every parameter its description shows for it, every kind of bad value the
 * parameter's type allows: each generated value goes into otherwise valid parameters and must be refused with the
 * field named, before any request is sent.
 */
export async function driveParameters(subject: InputSubject, numRuns: number): Promise<ParameterDrive> {
	const byClass = Object.fromEntries(INPUT_CLASSES.map((inputClass) => [inputClass, emptyTally()])) as Record<InputClass, InputTally>;
	const drive: ParameterDrive = { byClass, operations: 0, parameters: 0, badBaselines: [], notDriven: [] };
	for (const ref of operationsOf(subject.properties)) {
		drive.operations += 1;
		for (const variant of variantsOf(subject.properties, subject.baseline(ref))) {
			const bad = await reachesService(subject, ref, variant);
			if (bad) {
				drive.badBaselines.push(bad);
				continue;
			}
			for (const target of variant.targets) {
				if (invalidCasesFor(target.property, subject.hints).length === 0) {
					drive.notDriven.push(`${nameOf(ref)} ${describeTarget(target)} (${target.property.type})`);
					continue;
				}
				drive.parameters += 1;
				await driveTarget(subject, ref, variant, target, drive, numRuns);
			}
		}
	}
	return drive;
}
