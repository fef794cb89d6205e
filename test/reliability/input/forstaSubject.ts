import type { IDataObject } from 'n8n-workflow';
import { Forsta } from '../../../nodes/Forsta/Forsta.node';
import { forstaSetup, type ForstaSetup } from '../../unit/forsta/forstaSetup';
import { baselineOf, byId } from './baseline';
import type { Values } from './displayOptions';
import type { InputSubject, RunOptions } from './inputSubject';
import { observeRun } from './observeRun';

const properties = new Forsta().description.properties;

/** A file that passes for a zipped survey definition: the zip signature first, as Forsta checks. */
const ZIP = { data: Buffer.from('PK\u0003\u0004reliability'), fileName: 'survey.zip', mimeType: 'application/zip' };

const filledIn: Values = {
	survey: byId('p1000001'),
	hub: byId(101),
	combinedSurvey: byId('p1000001'),
	path: '/v1/surveys',
	binaryPropertyName: 'data',
};

/** One response record per item, for Update Data; other operations ignore the item's fields. */
const responseItem: IDataObject[] = [{ responseid: 1, status: 'complete' }];

/**
 * Runs the Forsta node through forstaSetup, which calls runOperations with Forsta's resources and profile, the
 * same call as Forsta.execute(); every item carries the zip in its `data` binary field.
 */
export async function runForsta(setup: ForstaSetup, parameters: Values | ((itemIndex: number) => Values), options: RunOptions = {}) {
	const items = options.items ?? [{}];
	const binary = Object.fromEntries(items.map((_item, index) => [index, { data: ZIP }]));
	return await observeRun(setup.mock.log, async () => (await setup.run(parameters, { items, continueOnFail: options.continueOnFail, binary })).output);
}

/** The Forsta node against the Forsta mock (api-user token, both APIs), for one test file. */
export function useForstaSubject(): InputSubject & { setup(): ForstaSetup } {
	let setup: ForstaSetup;
	beforeAll(async () => {
		setup = await forstaSetup();
	});
	afterAll(async () => await setup.close());
	return {
		service: 'Forsta',
		properties,
		hints: { integers: ['limit', 'pageSize', 'batchSize', 'companyId'] },
		setup: () => setup,
		log: () => setup.mock.log,
		baseline: (ref) => baselineOf(properties, ref, filledIn, responseItem),
		run: (parameters, options) => runForsta(setup, parameters, options),
		secrets: () => [setup.mock.clientSecret],
	};
}
