import { recordReliability, type ServiceName } from '../ledger';
import type { MixTally } from './continueOnFail';
import type { InputTally } from './driveParameters';

/** One ledger row of the input table for a kind of bad input, from what the runs observed. */
export function recordInputRow(service: ServiceName, trial: string, subject: string, tally: InputTally, runtime: 'real n8n' | 'in-process' = 'in-process'): void {
	recordReliability({
		table: 'input',
		service,
		subject,
		trial,
		expected: 'refused, field named, nothing sent',
		observed: `${tally.refusedByName}/${tally.tried} refused by name, ${tally.sent} sent`,
		tried: tally.tried,
		lost: 0,
		duplicated: 0,
		doubleSent: tally.sent,
		leaked: tally.leaked,
		runtime,
	});
}

/** The ledger row of the Continue On Fail mixes: valid items lost or duplicated, bad items sent. */
export function recordMixRow(service: ServiceName, subject: string, tally: MixTally): void {
	recordReliability({
		table: 'input',
		service,
		subject,
		trial: 'Continue On Fail: bad among valid',
		expected: 'error item per bad item; valid items once',
		observed: `${tally.tried} mixes, ${tally.misses.length} failing; ${tally.lost} lost, ${tally.duplicated} duplicated`,
		tried: tally.tried,
		lost: tally.lost,
		duplicated: tally.duplicated,
		doubleSent: tally.doubleSent,
		leaked: tally.leaked,
		runtime: 'in-process',
	});
}
