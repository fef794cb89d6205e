import type { INodeListSearchResult } from 'n8n-workflow';
import type { N8nClient } from './client';

export interface PickerQuery {
	nodeType: string;
	methodName: string;
	/** The resource-locator parameter the list belongs to. */
	parameter: string;
	credentials: Record<string, { id: string; name: string }>;
	currentParameters?: Record<string, unknown>;
	filter?: string;
	paginationToken?: string;
}

/** What the editor asks when a user opens a searchable dropdown (a node's listSearch method). */
export async function searchPicker(n8n: N8nClient, query: PickerQuery): Promise<INodeListSearchResult> {
	return await n8n.rest<INodeListSearchResult>('POST', '/dynamic-node-parameters/resource-locator-results', {
		methodName: query.methodName,
		filter: query.filter ?? '',
		paginationToken: query.paginationToken,
		path: query.parameter,
		nodeTypeAndVersion: { name: query.nodeType, version: 1 },
		currentNodeParameters: query.currentParameters ?? {},
		credentials: query.credentials,
	});
}
