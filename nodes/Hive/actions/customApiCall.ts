import { customApiCallResource } from '../../shared/operations/customApiCall';
import type { Operation, Resource } from '../../shared/operations/types';
import { hivePaging } from '../hivePaging';
import { HIVE_BULK_UPSERT_MAX } from './skuBulkUpsert';

const generic = customApiCallResource([{ name: 'Hive Pages (Page and Page Count)', value: 'hivePages', strategy: hivePaging }]);
const [call] = generic.operations;

const isBulkUpsert = (path: string) => /^\/?skus\/bulk_upsert\/?$/.test(path);

/** Hive refuses more than 100 SKUs in one bulk upsert; a custom call to it is checked too, before it is sent. */
const checked: Operation = {
	...call,
	run: async (input) => {
		const { params } = input;
		if (params.string('method', 'Method') === 'POST' && isBulkUpsert(params.string('path', 'Path'))) {
			const skus = (params.parsedJson('body', 'Body (JSON)') as { skus?: unknown } | null)?.skus;
			if (Array.isArray(skus) && skus.length > HIVE_BULK_UPSERT_MAX) {
				throw params.fail('Body (JSON)', `lists ${skus.length} SKUs, but Hive accepts at most ${HIVE_BULK_UPSERT_MAX} per bulk upsert`, 'Send them in several calls, or use SKU > Bulk Upsert, which splits them into batches.');
			}
		}
		return await (call.run as NonNullable<Operation['run']>)(input);
	},
};

export const hiveCustomApiCall: Resource = { ...generic, operations: [checked] };
