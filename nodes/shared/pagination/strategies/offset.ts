import { itemsAt, withPageSize, withQuery } from '../pageItems';
import type { PagingStrategy } from '../types';

export interface OffsetOptions {
	itemsPath: string;
	skipParam?: string;
	/** Where the API takes a page size; without it the server's fixed page size applies. */
	limitParam?: string;
	pageSize: number;
}

/** skip/limit paging: the next page skips what has been read; a short page is the last. */
export function offsetPaging(options: OffsetOptions): PagingStrategy {
	const skipParam = options.skipParam ?? 'skip';
	return {
		positionParams: [skipParam],
		first: (request, wanted) =>
			withPageSize(withQuery(request, { [skipParam]: 0 }), options.limitParam, options.pageSize, wanted),
		read(response, request) {
			const items = itemsAt(response.body, options.itemsPath);
			const size = options.limitParam ? Number(request.qs?.[options.limitParam]) : options.pageSize;
			const skip = Number(request.qs?.[skipParam] ?? 0);
			const more = items.length >= size;
			return { items, next: more ? withQuery(request, { [skipParam]: skip + items.length }) : undefined };
		},
	};
}
