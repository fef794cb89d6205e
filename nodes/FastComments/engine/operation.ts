import type { IDataObject } from 'n8n-workflow';
import { readList } from '../../shared/operations/listFields';
import { responseRows } from '../../shared/operations/responseRows';
import type { ItemRun, Operation, Resource } from '../../shared/operations/types';
import { operationProperties } from './describe';
import { withSpecBounds } from '../spec/parameterFormats';
import { buildRequest } from './request';
import { returnsOf } from './returns';
import type { OperationSpec } from './types';

async function run(spec: OperationSpec, input: ItemRun): Promise<IDataObject | IDataObject[]> {
	const request = buildRequest(spec, input.params);
	if (!spec.list) return responseRows(await input.client.send(request, input.itemIndex));
	const paging = typeof spec.list.paging === 'function' ? spec.list.paging(input.params) : spec.list.paging;
	return await readList(input, request, paging);
}

/** The engine's Operation for one spec: its fields, and a run that builds, sends and pages the request. */
export function toOperation(documented: OperationSpec): Operation {
	const spec = withSpecBounds(documented);
	return {
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: spec.credits ? `${spec.description} (credits: ${spec.credits})` : spec.description,
		returns: returnsOf(spec),
		properties: operationProperties(spec),
		concurrentItems: spec.method === 'GET',
		run: async (input) => await run(spec, input),
	};
}

export function toResource(value: string, name: string, description: string, specs: OperationSpec[]): Resource {
	const sorted = [...specs].sort((a, b) => a.name.localeCompare(b.name));
	return { value, name, description, operations: sorted.map(toOperation) };
}
