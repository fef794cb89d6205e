import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';
import { HIVE_BULK_UPSERT_MAX } from '../../../../nodes/Hive/actions/skuBulkUpsert';
import type { LogEntry } from '../../../mocks/shared/requestLog';
import type { MixScenario } from '../../../reliability/input/continueOnFail';
import { checkRefusals, emptyTally } from '../../../reliability/input/driveParameters';
import { useHiveSubject } from '../../../reliability/input/hiveSubject';
import { recordInputRow } from '../../../reliability/input/inputRows';
import { watchFakeContexts } from '../../../reliability/input/observeRun';
import { expectAllRefused, testEveryParameter, testMixes } from '../../../reliability/input/suites';
import { recordReliability } from '../../../reliability/ledger';

watchFakeContexts();
const subject = useHiveSubject();
const base = (resource: string, operation: string) => subject.baseline({ resource, operation }).parameters;

describe('Hive: every parameter of every operation, driven through bad values', () => {
	testEveryParameter(subject, 6, ['wrong type', 'empty value', 'invalid JSON', 'out of range', 'invalid date', 'unknown option']);
});

const bodyOf = (entry: LogEntry) => (entry.body ?? {}) as IDataObject;
const skusIn = (entry: LogEntry) => (entry.method === 'POST' && entry.path.endsWith('/skus/bulk_upsert') ? ((bodyOf(entry).skus ?? []) as IDataObject[]) : []);

describe('Hive: Continue On Fail with bad items among valid ones', () => {
	const scenarios: MixScenario[] = [
		{
			label: 'SKU: Create',
			valid: (index, run) => ({ parameters: { ...base('sku', 'create'), merchantSkuId: `MIX-${run}-${index}`, name: `Mix ${index}` } }),
			keyOf: (index, run) => `MIX-${run}-${index}`,
			keysIn: (entry) => (entry.method === 'POST' && entry.path.endsWith('/skus') ? [String(bodyOf(entry).merchant_sku_id)] : []),
			path: ['additionalFields', 'costInCents'],
		},
		{
			// Bulk Upsert runs once for all items, in batches of two here, so a bad item sits between batches.
			label: 'SKU: Bulk Upsert',
			valid: (index, run) => ({
				parameters: { ...base('sku', 'bulkUpsert'), source: 'json', batchSize: 2, skusJson: JSON.stringify([{ merchant_sku_id: `BULK-${run}-${index}`, name: 'Mix' }]) },
			}),
			keyOf: (index, run) => `BULK-${run}-${index}`,
			keysIn: (entry) => skusIn(entry).map((sku) => String(sku.merchant_sku_id)),
			path: ['skusJson'],
		},
	];

	testMixes(subject, scenarios, 8);
});

describe('Hive: more than 100 SKUs', () => {
	const skus = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => ({ merchant_sku_id: `${prefix}-${index}`, name: `SKU ${index}` }));

	test('no request carries more than 100: a custom call with more, or a Batch Size over 100, is refused by name', async () => {
		const tally = emptyTally();
		const secrets = subject.secrets();
		const paths = fc.constantFrom('/skus/bulk_upsert', 'skus/bulk_upsert', '/skus/bulk_upsert/');
		const customCall = fc.tuple(fc.integer({ min: HIVE_BULK_UPSERT_MAX + 1, max: 400 }), paths).map(([count, path]) => ({
			resource: 'customApiCall',
			operation: 'call',
			method: 'POST',
			path,
			query: '{}',
			body: JSON.stringify({ skus: skus(count, 'CUSTOM') }),
		}));
		await checkRefusals(customCall, (parameters) => subject.run(parameters), { where: 'Custom API Call', labels: ['Body (JSON)'], secrets }, tally, 6);
		const batchSize = fc.integer({ min: HIVE_BULK_UPSERT_MAX + 1, max: 1_000_000 }).map((size) => ({ ...base('sku', 'bulkUpsert'), source: 'json', skusJson: JSON.stringify(skus(150, 'BATCH')), batchSize: size }));
		await checkRefusals(batchSize, (parameters) => subject.run(parameters), { where: 'Bulk Upsert', labels: ['Batch Size'], secrets }, tally, 6);
		recordInputRow('Hive', 'over 100 SKUs in one request', 'Custom API Call, Bulk Upsert Batch Size', tally);
		expectAllRefused(tally);
	});

	test('Bulk Upsert splits any number of SKUs into requests of at most 100, each SKU sent and output once', async () => {
		let runs = 0;
		let oversized = 0;
		let lost = 0;
		let duplicated = 0;
		const property = fc.asyncProperty(fc.integer({ min: 101, max: 260 }), fc.integer({ min: 50, max: HIVE_BULK_UPSERT_MAX }), fc.boolean(), async (count, batchSize, asItems) => {
			runs += 1;
			const list = skus(count, `SPLIT-${runs}`);
			const parameters = { ...base('sku', 'bulkUpsert'), batchSize, source: asItems ? 'inputItems' : 'json', skusJson: JSON.stringify(list) };
			const mark = subject.log().lastSeq;
			const attempt = await subject.run(parameters, { items: asItems ? list : [{}] });
			const requests = subject.log().since(mark).filter((entry) => skusIn(entry).length > 0);
			const sentIds = requests.flatMap((entry) => skusIn(entry).map((sku) => String(sku.merchant_sku_id)));
			const outputIds = (attempt.output ?? []).map((item) => String(item.json.merchant_sku_id));
			oversized += requests.filter((entry) => skusIn(entry).length > HIVE_BULK_UPSERT_MAX).length;
			for (const ids of [sentIds, outputIds]) {
				lost += list.filter((sku) => !ids.includes(sku.merchant_sku_id)).length;
				duplicated += ids.length - new Set(ids).size;
			}
			return attempt.error === undefined && requests.length === Math.ceil(count / batchSize);
		});
		const result = await fc.check(property, { numRuns: 5 });
		recordReliability({
			table: 'input',
			service: 'Hive',
			subject: 'SKU: Bulk Upsert',
			trial: '101–260 SKUs in one run',
			expected: 'batches of ≤100, each SKU once',
			observed: `${runs} runs, ${oversized} requests over 100`,
			tried: runs,
			lost,
			duplicated,
			doubleSent: oversized,
			leaked: 0,
			runtime: 'in-process',
		});
		expect(result.failed ? fc.stringify(result.counterexample) : 'passed').toBe('passed');
		expect({ oversized, lost, duplicated }).toEqual({ oversized: 0, lost: 0, duplicated: 0 });
	}, 60_000);
});
