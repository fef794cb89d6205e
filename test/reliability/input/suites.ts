import { driveMixes, emptyMixTally, type MixScenario } from './continueOnFail';
import { operationsOf } from './displayOptions';
import { driveParameters, type InputTally, type ParameterDrive } from './driveParameters';
import { recordInputRow, recordMixRow } from './inputRows';
import type { InputSubject } from './inputSubject';
import type { InputClass } from './invalidValues';

/**
 * The tests of the parameter drive: every operation from valid parameters, then one test (and ledger row) per kind
 * of bad input the node's description allows. `classes` lists the kinds expected, so none goes untried unnoticed.
 */
export function testEveryParameter(subject: InputSubject, numRuns: number, classes: InputClass[]): void {
	let drive: ParameterDrive;
	beforeAll(async () => {
		drive = await driveParameters(subject, numRuns);
	}, 120_000);

	test('every operation is driven from valid parameters that reach the mock', () => {
		expect(drive.badBaselines).toEqual([]);
		expect(drive.operations).toBe(operationsOf(subject.properties).length);
		// A parameter of a type the generators do not know would be listed here instead of passing unnoticed.
		expect(drive.notDriven).toEqual([]);
	});

	test.each(classes)('%s: refused naming the field, nothing sent, no secret shown', (inputClass) => {
		const tally = drive.byClass[inputClass];
		recordInputRow(subject.service, inputClass, `${drive.parameters} parameters of ${drive.operations} operations`, tally);
		expect(tally.tried).toBeGreaterThan(0);
		expectAllRefused(tally);
	});
}

/** Every input refused with the field named: no miss, no request sent, no secret shown. */
export function expectAllRefused(tally: InputTally): void {
	expect(tally.misses).toEqual([]);
	expect(tally.sent).toBe(0);
	expect(tally.leaked).toBe(0);
}

/** The Continue On Fail test: generated mixes for each scenario, one ledger row, nothing lost, duplicated or sent. */
export function testMixes(subject: InputSubject, scenarios: MixScenario[], numRuns: number): void {
	test('each bad item becomes one error item naming the field; each valid item is sent and output once', async () => {
		const tally = emptyMixTally();
		for (const scenario of scenarios) await driveMixes(subject, scenario, numRuns, tally);
		recordMixRow(subject.service, scenarios.map((scenario) => scenario.label).join(', '), tally);
		expect(tally.misses).toEqual([]);
		expect({ lost: tally.lost, duplicated: tally.duplicated, doubleSent: tally.doubleSent, leaked: tally.leaked }).toEqual({ lost: 0, duplicated: 0, doubleSent: 0, leaked: 0 });
	}, 60_000);
}
