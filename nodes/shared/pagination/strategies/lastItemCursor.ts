import type { IDataObject } from 'n8n-workflow';
import { itemsAt, withPageSize, withQuery } from '../pageItems';
import type { PagingStrategy } from '../types';

export interface LastItemCursorOptions {
	itemsPath: string;
	/** Query parameter that carries the cursor: `cursor` (Flowbox), `afterId`, `before` (FastComments). */
	cursorParam: string;
	/** Builds the cursor from the last item of a page (and the page's body, where part of it lives there). */
	cursorOf(lastItem: IDataObject, body: unknown): string | number | undefined;
	sizeParam?: string;
	pageSize?: number;
}

/** Cursor paging where the next page starts after the last item read. A short or empty page is the last. */
export function lastItemCursorPaging(options: LastItemCursorOptions): PagingStrategy {
	return {
		positionParams: [options.cursorParam],
		first: (request, wanted) => withPageSize(request, options.sizeParam, options.pageSize, wanted),
		read(response, request) {
			const items = itemsAt(response.body, options.itemsPath);
			const size = options.sizeParam ? Number(request.qs?.[options.sizeParam]) : undefined;
			const last = items[items.length - 1];
			if (!last || (size !== undefined && items.length < size)) return { items };
			const cursor = options.cursorOf(last, response.body);
			if (cursor === undefined || cursor === '') return { items };
			return { items, next: withQuery(request, { [options.cursorParam]: cursor }) };
		},
	};
}
