import { itemsAt, valueAt, withPageSize, withQuery } from '../pageItems';
import type { PagingStrategy } from '../types';

export interface ResponseCursorOptions {
	itemsPath: string;
	cursorParam: string;
	/** Where the response names the next cursor (e.g. `pageInfo.endCursor`). */
	cursorPath: string;
	/** Where the response says whether more follow; without it, a cursor means more. */
	hasMorePath?: string;
	sizeParam?: string;
	pageSize?: number;
}

/** Cursor paging where each response hands out the cursor for the next page (first/after style). */
export function responseCursorPaging(options: ResponseCursorOptions): PagingStrategy {
	return {
		positionParams: [options.cursorParam],
		first: (request, wanted) => withPageSize(request, options.sizeParam, options.pageSize, wanted),
		read(response, request) {
			const items = itemsAt(response.body, options.itemsPath);
			const cursor = valueAt(response.body, options.cursorPath);
			const more = options.hasMorePath ? valueAt(response.body, options.hasMorePath) === true : true;
			if (!more || (typeof cursor !== 'string' && typeof cursor !== 'number') || cursor === '') return { items };
			return { items, next: withQuery(request, { [options.cursorParam]: cursor }) };
		},
	};
}
