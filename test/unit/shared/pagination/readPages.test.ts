import { lastItemCursorPaging, nextLinkPaging, offsetPaging, pageNumberPaging, readAll, readPages, responseCursorPaging } from '../../../../nodes/shared/pagination';
import type { ApiRequest } from '../../../../nodes/shared/transport/types';
import { fakeClient } from '../../../helpers/fakeClient';

const ITEMS = Array.from({ length: 250 }, (_, i) => ({ id: i + 1 }));
const GET: ApiRequest = { method: 'GET', path: '/skus' };

/** A Hive-like server: per_page (max 100) and page, with pagination.page_count. */
function hiveServer(items = ITEMS) {
	return fakeClient((request) => {
		const size = Math.min(100, Number(request.qs?.per_page ?? 25));
		const page = Number(request.qs?.page);
		return { data: items.slice((page - 1) * size, page * size), pagination: { page_count: Math.ceil(items.length / size) } };
	});
}

const hivePaging = pageNumberPaging({ itemsPath: 'data', sizeParam: 'per_page', pageSize: 100, pageCountPath: 'pagination.page_count' });

describe('readAll: Return All', () => {
	it('reads every item in order with no duplicates across pages', async () => {
		const client = hiveServer();
		const all = await readAll(client, GET, hivePaging);
		expect(all.map((item) => item.id)).toEqual(ITEMS.map((item) => item.id));
		expect(new Set(all.map((item) => item.id)).size).toBe(250);
		expect(client.sent.map((request) => request.qs?.page)).toEqual([1, 2, 3]);
	});
});

describe('readAll: Limit', () => {
	it('stops as soon as it has Limit items, without asking for another page', async () => {
		const client = hiveServer();
		const some = await readAll(client, GET, hivePaging, { limit: 120 });
		expect(some.map((item) => item.id)).toEqual(ITEMS.slice(0, 120).map((item) => item.id));
		expect(client.sent).toHaveLength(2);
	});

	it('asks for a smaller page when Limit is below the page size', async () => {
		const client = hiveServer();
		await expect(readAll(client, GET, hivePaging, { limit: 5 })).resolves.toHaveLength(5);
		expect(client.sent).toEqual([{ method: 'GET', path: '/skus', qs: { page: 1, per_page: 5 } }]);
	});

	it('asks for a smaller page with offsets and cursors too', async () => {
		const offsets = fakeClient((request) => ITEMS.slice(Number(request.qs?.skip), Number(request.qs?.skip) + Number(request.qs?.limit)));
		await expect(readAll(offsets, GET, offsetPaging({ itemsPath: '', limitParam: 'limit', pageSize: 100 }), { limit: 7 })).resolves.toHaveLength(7);
		expect(offsets.sent[0].qs).toEqual({ skip: 0, limit: 7 });
		const cursors = fakeClient((request) => ({ items: ITEMS.slice(0, Number(request.qs?.first)) }));
		const strategy = responseCursorPaging({ itemsPath: 'items', cursorParam: 'after', cursorPath: 'end', sizeParam: 'first', pageSize: 50 });
		await expect(readAll(cursors, GET, strategy, { limit: 3 })).resolves.toHaveLength(3);
		expect(cursors.sent[0].qs).toEqual({ first: 3 });
	});

	it('cuts a page the server made larger than asked', async () => {
		const client = fakeClient(() => ({ data: ITEMS.slice(0, 100), pagination: { page_count: 3 } }));
		await expect(readAll(client, GET, hivePaging, { limit: 10 })).resolves.toEqual(ITEMS.slice(0, 10));
	});
});

describe('readPages: stopping', () => {
	it('stops on an empty page even when the server claims more pages', async () => {
		const client = fakeClient((request) => ({ data: request.qs?.page === 1 ? ITEMS.slice(0, 100) : [], pagination: { page_count: 10 } }));
		await expect(readAll(client, GET, hivePaging)).resolves.toHaveLength(100);
		expect(client.sent).toHaveLength(2);
	});

	it('fails clearly when a cursor repeats, instead of looping', async () => {
		const client = fakeClient((request) => ({ items: [{ id: request.qs?.cursor ?? 'first' }], next: 'same-cursor' }));
		const strategy = responseCursorPaging({ itemsPath: 'items', cursorParam: 'cursor', cursorPath: 'next' });
		await expect(readAll(client, GET, strategy)).rejects.toThrow('the service pointed to a page that was already read, so paging stopped instead of looping');
		expect(client.sent).toHaveLength(2);
	});

	it('fails clearly when a next link repeats', async () => {
		const client = fakeClient((request) => ({ items: [{ at: request.url ?? 'start' }], links: { next: '/v1/skus?page=2' } }));
		const strategy = nextLinkPaging({ itemsPath: 'items', linkPaths: ['links.next'] });
		await expect(readAll(client, GET, strategy)).rejects.toThrow(/already read/);
		expect(client.sent).toHaveLength(2);
	});

	it('fails clearly when the server returns the same page twice in a row (it ignores the page parameter)', async () => {
		const client = fakeClient(() => ({ data: ITEMS.slice(0, 100), pagination: { page_count: 50 } }));
		await expect(readAll(client, GET, hivePaging)).rejects.toThrow('the service returned the same page twice in a row, so paging stopped instead of looping');
		expect(client.sent).toHaveLength(2);
	});

	it('fails clearly when the last-item cursor does not move', async () => {
		const client = fakeClient(() => ({ data: [{ id: 1 }, { id: 2 }] }));
		const strategy = lastItemCursorPaging({ itemsPath: 'data', cursorParam: 'afterId', cursorOf: (last) => last.id as number });
		await expect(readAll(client, GET, strategy)).rejects.toThrow(/looping/);
		expect(client.sent.length).toBeLessThanOrEqual(3);
	});

	it('fails with the reason when a page has no list where one is expected', async () => {
		const client = fakeClient(() => ({ data: { not: 'a list' } }));
		await expect(readAll(client, GET, hivePaging)).rejects.toThrow('the page could not be read: expected a list at "data" of the response');
	});

	it('turns scalar list entries into items', async () => {
		const client = fakeClient(() => ({ data: ['a', 'b'], pagination: { page_count: 1 } }));
		await expect(readAll(client, GET, hivePaging)).resolves.toEqual([{ value: 'a' }, { value: 'b' }]);
	});

	it('reads pages lazily: a consumer that stops early causes no further requests', async () => {
		const client = hiveServer();
		for await (const page of readPages(client, GET, hivePaging)) {
			expect(page).toHaveLength(100);
			break;
		}
		expect(client.sent).toHaveLength(1);
	});
});
