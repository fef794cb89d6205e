import { itemsAt, withPageSize, withQuery } from '../../shared/pagination/pageItems';
import type { PagingStrategy } from '../../shared/pagination/types';

export const AUDIT_LOG_PAGE_SIZE = 1000;

function timeOf(value: unknown): number | undefined {
	const time = typeof value === 'number' ? value : Date.parse(String(value));
	return Number.isFinite(time) ? time : undefined;
}

/**
 * Audit logs come in pages of 1,000 ordered by `when` and id; `after`/`before` (epoch ms) are exclusive. Paging by
 * the last `when` alone would lose entries that share that millisecond across a page break, so the next page
 * starts one millisecond earlier (later, newest-first) and skips the entries of that millisecond already read.
 */
export function auditLogPaging(): PagingStrategy {
	return {
		positionParams: ['after', 'before', 'skip'],
		first: (request, wanted) => withPageSize(request, 'limit', AUDIT_LOG_PAGE_SIZE, wanted),
		read(response, request) {
			const items = itemsAt(response.body, 'auditLogs');
			const size = Number(request.qs?.limit ?? AUDIT_LOG_PAGE_SIZE);
			const lastTime = timeOf(items[items.length - 1]?.when);
			if (items.length < size || lastTime === undefined) return { items };
			const newestFirst = String(request.qs?.order ?? 'ASC') === 'DESC';
			const boundary = newestFirst ? lastTime + 1 : lastTime - 1;
			const boundaryParam = newestFirst ? 'before' : 'after';
			let sameTime = 0;
			for (let index = items.length - 1; index >= 0 && timeOf(items[index].when) === lastTime; index--) sameTime++;
			// Still inside the same millisecond as the page before: what was skipped then is skipped again.
			const carried = Number(request.qs?.[boundaryParam]) === boundary ? Number(request.qs?.skip ?? 0) : 0;
			return { items, next: withQuery(request, { [boundaryParam]: boundary, skip: carried + sameTime }) };
		},
	};
}
