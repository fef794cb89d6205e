import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';
import { FORSTA_DATA_PAGE_MAX } from '../../../../nodes/Forsta/forstaPaging';
import type { MixScenario } from '../../../reliability/input/continueOnFail';
import { checkRefusals, emptyTally } from '../../../reliability/input/driveParameters';
import { useForstaSubject } from '../../../reliability/input/forstaSubject';
import { recordInputRow } from '../../../reliability/input/inputRows';
import { watchFakeContexts } from '../../../reliability/input/observeRun';
import { expectAllRefused, testEveryParameter, testMixes } from '../../../reliability/input/suites';

watchFakeContexts();
const subject = useForstaSubject();
const base = (resource: string, operation: string) => subject.baseline({ resource, operation }).parameters;

describe('Forsta: every parameter of every operation, driven through bad values', () => {
	// Forsta's node has no date fields.
	testEveryParameter(subject, 6, ['wrong type', 'empty value', 'invalid JSON', 'out of range', 'unknown option']);
});

describe('Forsta: page sizes over 10,000', () => {
	test('every survey-data read refuses them by name and says the limit, before any request (token included)', async () => {
		const tally = emptyTally();
		const reads = [
			['response', 'getData'],
			['respondent', 'getData'],
			['hub', 'getCombinedData'],
		];
		for (const [resource, operation] of reads) {
			const pageSizes = fc.integer({ min: FORSTA_DATA_PAGE_MAX + 1, max: 10_000_000 }).map((pageSize) => ({ ...base(resource, operation), readMode: 'pages', pageSize }));
			const attempt = async (parameters: IDataObject) => {
				const outcome = await subject.run(parameters);
				// The refusal must say what the limit is, not only that the value is too large.
				const named = String((outcome.error as Error | undefined)?.message ?? '').includes('at most 10,000 records per page');
				return named ? outcome : { ...outcome, error: undefined };
			};
			await checkRefusals(pageSizes, attempt, { where: `${resource}/${operation}`, labels: ['Page Size'], secrets: subject.secrets() }, tally, 6);
		}
		recordInputRow('Forsta', 'page size over 10,000', 'Get Data (responses, respondents), hub data', tally);
		expectAllRefused(tally);
	});
});

describe('Forsta: Continue On Fail with bad items among valid ones', () => {
	const dataOf = (body: unknown) => (((body ?? {}) as IDataObject).data ?? []) as IDataObject[];
	const scenarios: MixScenario[] = [
		{
			label: 'Respondent: Create',
			valid: (index, run) => ({ parameters: { ...base('respondent', 'create'), respondent: JSON.stringify({ email: `mix${run}-${index}@example.com` }) } }),
			keyOf: (index, run) => `mix${run}-${index}@example.com`,
			keysIn: (entry) => (entry.method === 'POST' && entry.path.endsWith('/respondents') ? [String((entry.body as IDataObject).email)] : []),
			path: ['respondent'],
		},
		{
			// Update Data runs once for all items and batches the valid ones into one PATCH.
			label: 'Response: Update Data',
			valid: (index, run) => ({ parameters: base('response', 'updateData'), item: { responseid: index + 1, status: `mix-${run}` } }),
			keyOf: (index, run) => `${index + 1}/mix-${run}`,
			keysIn: (entry) => (entry.method === 'PATCH' ? dataOf(entry.body).map((record) => `${String(record.responseid)}/${String(record.status)}`) : []),
			path: ['keyVariables'],
		},
	];

	testMixes(subject, scenarios, 8);
});
