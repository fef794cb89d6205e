import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { POSITIVE_WHOLE } from '../input/numberRange';
import { readAll } from '../pagination/readPages';
import type { PagingStrategy } from '../pagination/types';
import type { ApiRequest } from '../transport/types';
import type { ItemRun } from './types';

/** Return All and Limit, as every list offers them. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** Reads a list the way the user asked: everything, or up to Limit. */
export async function readList({ client, params, itemIndex }: ItemRun, request: ApiRequest, strategy: PagingStrategy): Promise<IDataObject[]> {
	const returnAll = params.boolean('returnAll', false, 'Return All');
	const limit = returnAll ? undefined : params.number('limit', 'Limit', POSITIVE_WHOLE);
	return await readAll(client, request, strategy, { limit, itemIndex });
}
