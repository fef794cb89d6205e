import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import type { PagingStrategy } from '../pagination/types';
import { defaultClient } from '../transport/executionClients';
import type { ApiRequest, ServiceProfile } from '../transport/types';

export interface ListSearchSpec {
	profile: ServiceProfile;
	request: ApiRequest;
	strategy: PagingStrategy;
	/** How an item shows in the list. */
	toResult(item: IDataObject): INodeListSearchItems;
}

/** Pages one answer may read while looking for a match, so typing in the dropdown stays quick and cheap. */
const MAX_PAGES_PER_ANSWER = 5;

/**
 * One answer of a searchable dropdown. These services offer no text search on their lists, so the filter is
 * applied to names and ids here; when a page has no match, the next pages are read (a few at most) before
 * answering, and the pagination token is the request for where to go on.
 */
export async function searchList(ctx: ILoadOptionsFunctions, spec: ListSearchSpec, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const client = await defaultClient(ctx, spec.profile);
	const needle = filter?.trim().toLowerCase();
	const matches = (result: INodeListSearchItems) =>
		!needle || result.name.toLowerCase().includes(needle) || String(result.value).toLowerCase().includes(needle);
	let request: ApiRequest | undefined = token ? (JSON.parse(token) as ApiRequest) : spec.strategy.first(spec.request, undefined);
	const results: INodeListSearchItems[] = [];
	for (let pages = 0; request && pages < MAX_PAGES_PER_ANSWER && results.length === 0; pages++) {
		const page = spec.strategy.read(await client.send(request), request);
		results.push(...page.items.map(spec.toResult).filter(matches));
		request = page.items.length ? page.next : undefined;
	}
	return { results, paginationToken: request ? JSON.stringify(request) : undefined };
}
