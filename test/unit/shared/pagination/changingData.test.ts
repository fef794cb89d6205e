import { nextLinkPaging, pageNumberPaging, readAll } from '../../../../nodes/shared/pagination';
import type { ApiRequest } from '../../../../nodes/shared/transport/types';
import { fakeClient } from '../../../helpers/fakeClient';

const GET: ApiRequest = { method: 'GET', path: '/skus' };
const paging = pageNumberPaging({ itemsPath: 'data', sizeParam: 'per_page', pageSize: 10, pageCountPath: 'pagination.page_count' });

/** A list served 10 per page that `change` may alter after each page is answered. */
function changingList(initial: number, change: (items: Array<{ id: number }>, pagesServed: number) => void) {
	const items = Array.from({ length: initial }, (_, i) => ({ id: i + 1 }));
	let served = 0;
	const client = fakeClient((request) => {
		const page = Number(request.qs?.page);
		const body = { data: items.slice((page - 1) * 10, page * 10), pagination: { page_count: Math.ceil(items.length / 10) }, totalCount: items.length };
		change(items, ++served);
		return body;
	});
	return { client, items };
}

describe('readPages while the list changes', () => {
	it('emits an item pushed onto the next page by an insert once', async () => {
		const { client } = changingList(30, (items, served) => {
			if (served === 1) items.unshift({ id: 0 });
		});
		const ids = (await readAll(client, GET, paging)).map((item) => item.id);
		expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
	});

	it('fails with a clear error when the page count shrinks, rather than return partial data', async () => {
		const { client } = changingList(21, (items, served) => {
			if (served === 1) items.splice(0, 2);
		});
		await expect(readAll(client, GET, paging)).rejects.toThrow(/list shrank from 3 to 2 pages while it was read/);
	});

	it('fails when the total item count shrinks between linked pages', async () => {
		let served = 0;
		const client = fakeClient(() => {
			served += 1;
			return { items: [{ id: served }], totalCount: served === 1 ? 3 : 2, links: { next: `/skus?page=${served + 1}` } };
		});
		const strategy = nextLinkPaging({ itemsPath: 'items', linkPaths: ['links.next'], totalItemsPath: 'totalCount' });
		await expect(readAll(client, GET, strategy)).rejects.toThrow(/list shrank from 3 to 2 items/);
	});

	it('keeps items without a key, and uses the strategy key when it has one', async () => {
		const rows = fakeClient(() => ({ data: [{ v: 1 }, { v: 1 }], pagination: { page_count: 1 } }));
		await expect(readAll(rows, GET, paging)).resolves.toHaveLength(2);
		const keyed = fakeClient(() => ({ data: [{ code: 'a' }, { code: 'a' }], pagination: { page_count: 1 } }));
		await expect(readAll(keyed, GET, { ...paging, itemKey: (item) => item.code })).resolves.toHaveLength(1);
	});

	it("with repeatsFrom 'previousPage', merges repeats of the page just before and keeps only that page's keys", async () => {
		// Ids 1-10, 10-19 (the last item again), then 1-9 again: the strategy vouches that nothing older can repeat.
		const pages = [[1, 10], [10, 19], [1, 9]];
		const client = fakeClient((request) => {
			const [from, to] = pages[Number(request.qs?.page) - 1];
			return { data: Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i })), pagination: { page_count: 3 } };
		});
		const ids = (await readAll(client, GET, { ...paging, repeatsFrom: 'previousPage' })).map((item) => item.id);
		expect(ids).toEqual([...Array.from({ length: 19 }, (_, i) => i + 1), ...Array.from({ length: 9 }, (_, i) => i + 1)]);
		const everyKey = (await readAll(client, GET, paging)).map((item) => item.id);
		expect(everyKey).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
	});
});
