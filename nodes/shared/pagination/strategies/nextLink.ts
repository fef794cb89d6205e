import { itemsAt, numberAt, valueAt, withPageSize } from '../pageItems';
import type { PagingStrategy } from '../types';

export interface NextLinkOptions {
	itemsPath: string;
	/** Where the next link may be; the first non-empty one wins (Forsta uses both `links.next` and `links.nextpage`). */
	linkPaths: string[];
	sizeParam?: string;
	pageSize?: number;
	/** Total items in the response (Forsta: `totalCount`). */
	totalItemsPath?: string;
}

/** HATEOAS paging: follow the link the service gives for the next page, which already carries its query. */
export function nextLinkPaging(options: NextLinkOptions): PagingStrategy {
	return {
		first: (request, wanted) => withPageSize(request, options.sizeParam, options.pageSize, wanted),
		read(response, request) {
			const items = itemsAt(response.body, options.itemsPath);
			const link = options.linkPaths.map((path) => valueAt(response.body, path)).find((value) => typeof value === 'string' && value !== '');
			const extent = { items: numberAt(response.body, options.totalItemsPath) };
			if (typeof link !== 'string') return { items, extent };
			return { items, next: { method: 'GET', path: request.path, url: link, headers: request.headers }, extent };
		},
	};
}
