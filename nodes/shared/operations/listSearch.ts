import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import type { PagingStrategy } from '../pagination/types';
import { createApiClient } from '../transport/apiClient';
import type { ApiRequest, ServiceProfile } from '../transport/types';

export interface ListSearchSpec {
	profile: ServiceProfile;
	request: ApiRequest;
	strategy: PagingStrategy;
	/** How an item shows in the list. */
	toResult(item: IDataObject): INodeListSearchItems;
}

/**
 * One page of a searchable dropdown. The service offers no text search on these lists, so the filter is applied
 * to the page's names and ids here; the pagination token is the next page's request.
 */
export async function searchList(ctx: ILoadOptionsFunctions, spec: ListSearchSpec, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const client = await createApiClient(ctx, spec.profile);
	const request: ApiRequest = token ? (JSON.parse(token) as ApiRequest) : spec.strategy.first(spec.request, undefined);
	const response = await client.send(request);
	const page = spec.strategy.read(response, request);
	const needle = filter?.trim().toLowerCase();
	const results = page.items
		.map(spec.toResult)
		.filter((result) => !needle || result.name.toLowerCase().includes(needle) || String(result.value).toLowerCase().includes(needle));
	return { results, paginationToken: page.next && page.items.length ? JSON.stringify(page.next) : undefined };
}
