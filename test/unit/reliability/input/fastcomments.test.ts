import type { IDataObject } from 'n8n-workflow';
import type { MixScenario } from '../../../reliability/input/continueOnFail';
import { useFastCommentsSubject } from '../../../reliability/input/fastCommentsSubject';
import { watchFakeContexts } from '../../../reliability/input/observeRun';
import { expectAllRefused, testEveryParameter, testMixes } from '../../../reliability/input/suites';
import { fastCommentsBodyNumberCases } from '../../../reliability/input/bodyFormats';
import { checkRefusals, emptyTally } from '../../../reliability/input/driveParameters';
import { recordInputRow } from '../../../reliability/input/inputRows';

watchFakeContexts();
const subject = useFastCommentsSubject();

describe('FastComments: every parameter of all 114 operations, driven through bad values', () => {
	// 114 operations: fewer runs per parameter keep the file quick; every run draws fresh values.
	testEveryParameter(subject, 3, ['wrong type', 'empty value', 'invalid JSON', 'out of range', 'invalid date', 'unknown option']);
});

describe('FastComments: Continue On Fail with bad items among valid ones', () => {
	const withText = (text: string) => {
		const parameters = subject.baseline({ resource: 'comment', operation: 'create' }).parameters;
		return { ...parameters, body: JSON.stringify({ ...JSON.parse(String(parameters.body)), comment: text }) };
	};
	const commentCreate: MixScenario = {
		label: 'Comment: Create',
		valid: (index, run) => ({ parameters: withText(`mix ${run}-${index}`) }),
		keyOf: (index, run) => `mix ${run}-${index}`,
		keysIn: (entry) => (entry.method === 'POST' && entry.path === '/api/v1/comments' ? [String((entry.body as IDataObject).comment)] : []),
		path: ['body'],
	};

	testMixes(subject, [commentCreate], 10);
});

describe('FastComments: number fields of request bodies, by their format in the spec', () => {
	test('values outside each int32, int64, float or double range (and fractions for integers) are refused before sending', async () => {
		const cases = fastCommentsBodyNumberCases();
		const tally = emptyTally();
		for (const entry of cases) {
			await checkRefusals(entry.values, (value) => subject.run(entry.parameters(value)), { where: entry.where, labels: [entry.label], secrets: subject.secrets() }, tally, 3);
		}
		recordInputRow('FastComments', 'out of range', `${cases.length} number fields of request bodies`, tally);
		expect(cases.length).toBeGreaterThan(0);
		expect(cases.some((entry) => entry.where.includes('localDateHours (int32)'))).toBe(true);
		expectAllRefused(tally);
	}, 120_000);
});
