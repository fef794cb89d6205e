import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { responseRows } from '../shared/operations/responseRows';
import type { ItemRun, Operation } from '../shared/operations/types';
import type { ApiRequest, ApiResponse } from '../shared/transport/types';

/** ETags remembered per node; the oldest go first, so static data stays small. */
const MAX_REMEMBERED = 50;

export const onlyIfChangedField: INodeProperties = {
	displayName: 'Only If Changed',
	name: 'onlyIfChanged',
	type: 'boolean',
	default: false,
	description:
		'Whether to output nothing when Forsta says the object is unchanged since this node last read it (ETag and If-None-Match). The ETag is kept in the workflow’s static data, which n8n saves for active workflows, not for manual runs.',
};

function requestKey(request: ApiRequest): string {
	const query = Object.entries(request.qs ?? {}).sort(([a], [b]) => a.localeCompare(b));
	return JSON.stringify([request.path, query]);
}

function etagOf(response: ApiResponse): string | undefined {
	const value = response.headers.etag ?? response.headers.ETag;
	const text = Array.isArray(value) ? value[0] : value;
	return typeof text === 'string' && text !== '' ? text : undefined;
}

/**
 * A GET that, with "Only If Changed", sends the ETag of the last answer and returns undefined on 304 (unchanged).
 * Forsta documents If-None-Match for every resource that sends an ETag.
 */
export async function getIfChanged({ ctx, client, params, itemIndex }: ItemRun, request: ApiRequest): Promise<ApiResponse | undefined> {
	if (!params.boolean('onlyIfChanged', false, 'Only If Changed')) return await client.send(request, itemIndex);
	const data = ctx.getWorkflowStaticData('node');
	const etags = (data.etags ??= {}) as IDataObject;
	const key = requestKey(request);
	const known = typeof etags[key] === 'string' ? (etags[key] as string) : undefined;
	const headers = known ? { ...(request.headers ?? {}), 'If-None-Match': known } : request.headers;
	const response = await client.send({ ...request, headers }, itemIndex);
	if (response.statusCode === 304) return undefined;
	const etag = etagOf(response);
	if (etag && etag !== known) {
		delete etags[key];
		etags[key] = etag;
		const keys = Object.keys(etags);
		for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED))) delete etags[old];
	}
	return response;
}

interface ConditionalGet {
	value: string;
	name: string;
	action: string;
	description: string;
	locator: INodeProperties;
	path(id: string): string;
}

/** An operation that reads one object by id, with "Only If Changed". */
export function conditionalGetOperation(options: ConditionalGet): Operation {
	return {
		value: options.value,
		name: options.name,
		action: options.action,
		description: options.description,
		properties: [options.locator, onlyIfChangedField],
		run: async (input) => {
			const id = input.params.locatorId(options.locator);
			const response = await getIfChanged(input, { method: 'GET', path: options.path(id) });
			return response ? responseRows(response) : [];
		},
	};
}
