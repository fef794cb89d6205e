import type { IDataObject } from 'n8n-workflow';
import { pageNumberPaging, readAll, singlePagePaging } from '../../../../nodes/shared/pagination';
import type { ApiRequest } from '../../../../nodes/shared/transport/types';
import { fakeClient } from '../../../helpers/fakeClient';

const ITEMS = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));
const GET: ApiRequest = { method: 'GET', path: '/skus', qs: { status: 'active' } };

function slice(items: IDataObject[], page: number, size: number): IDataObject[] {
	return items.slice(page * size, page * size + size);
}

const pagesAsked = (sent: ApiRequest[]) => sent.map((request) => request.qs?.page);

describe('pageNumberPaging', () => {
	it('reads a page count (Hive pagination.page_count) and stops on the last page', async () => {
		const client = fakeClient((request) => {
			const page = Number(request.qs?.page);
			const size = Number(request.qs?.per_page);
			return { data: slice(ITEMS, page - 1, size), pagination: { page_count: Math.ceil(ITEMS.length / size) } };
		});
		const strategy = pageNumberPaging({ itemsPath: 'data', sizeParam: 'per_page', pageSize: 3, pageCountPath: 'pagination.page_count' });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(pagesAsked(client.sent)).toEqual([1, 2, 3]);
		expect(client.sent.every((request) => request.qs?.per_page === 3 && request.qs?.status === 'active')).toBe(true);
	});

	it('reads a total item count (Forsta totalCount) with the server’s documented page size', async () => {
		const client = fakeClient((request) => ({ items: slice(ITEMS, Number(request.qs?.page) - 1, 3), totalCount: ITEMS.length }));
		const strategy = pageNumberPaging({ itemsPath: 'items', totalItemsPath: 'totalCount', pageSize: 3 });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(pagesAsked(client.sent)).toEqual([1, 2, 3]);
	});

	it('reads everything from a total item count even without knowing the page size (at worst one empty page more)', async () => {
		const client = fakeClient((request) => ({ items: slice(ITEMS, Number(request.qs?.page) - 1, 3), totalCount: ITEMS.length }));
		const strategy = pageNumberPaging({ itemsPath: 'items', totalItemsPath: 'totalCount' });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent.length).toBeLessThanOrEqual(4);
	});

	it('reads a total item count when it may choose the page size but leaves it to the server', async () => {
		const client = fakeClient((request) => ({ items: slice(ITEMS, Number(request.qs?.page) - 1, 3), totalCount: ITEMS.length }));
		const strategy = pageNumberPaging({ itemsPath: 'items', sizeParam: 'pageSize', totalItemsPath: 'totalCount' });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent.length).toBeLessThanOrEqual(4);
	});

	it('stops on a short page when it sets the page size, without asking for one more', async () => {
		const client = fakeClient((request) => ({ list: slice(ITEMS, Number(request.qs?.page) - 1, Number(request.qs?.size)) }));
		const strategy = pageNumberPaging({ itemsPath: 'list', sizeParam: 'size', pageSize: 3 });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(pagesAsked(client.sent)).toEqual([1, 2, 3]);
	});

	it('stops on a short page when the service documents a fixed page size', async () => {
		const client = fakeClient((request) => slice(ITEMS, Number(request.qs?.page) - 1, 3));
		const strategy = pageNumberPaging({ itemsPath: '', pageSize: 3 });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(pagesAsked(client.sent)).toEqual([1, 2, 3]);
	});

	it('stops on the empty page after a full last page when it knows nothing else', async () => {
		const six = ITEMS.slice(0, 6);
		const client = fakeClient((request) => ({ list: slice(six, Number(request.qs?.page) - 1, 3) }));
		await expect(readAll(client, GET, pageNumberPaging({ itemsPath: 'list' }))).resolves.toEqual(six);
		expect(pagesAsked(client.sent)).toEqual([1, 2, 3]);
	});

	it('counts pages from 0 where the service does (FastComments)', async () => {
		const client = fakeClient((request) => ({ comments: slice(ITEMS, Number(request.qs?.page), 3) }));
		const strategy = pageNumberPaging({ itemsPath: 'comments', firstPage: 0, pageSize: 3 });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(pagesAsked(client.sent)).toEqual([0, 1, 2]);
	});

	it('uses its own page parameter name', async () => {
		const client = fakeClient((request) => ({ rows: slice(ITEMS, Number(request.qs?.p) - 1, 5), pages: 2 }));
		const strategy = pageNumberPaging({ itemsPath: 'rows', pageParam: 'p', pageCountPath: 'pages' });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent.map((request) => request.qs?.p)).toEqual([1, 2]);
	});
});

describe('singlePagePaging', () => {
	it('sends one request and applies Limit to the whole list', async () => {
		const client = fakeClient(() => ({ warehouses: ITEMS }));
		await expect(readAll(client, GET, singlePagePaging({ itemsPath: 'warehouses' }), { limit: 2 })).resolves.toEqual(ITEMS.slice(0, 2));
		await expect(readAll(client, GET, singlePagePaging({ itemsPath: 'warehouses' }))).resolves.toEqual(ITEMS);
		expect(client.sent).toHaveLength(2);
	});
});
