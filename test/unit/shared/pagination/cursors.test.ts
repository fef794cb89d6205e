import type { IDataObject } from 'n8n-workflow';
import { lastItemCursorPaging, nextLinkPaging, offsetPaging, readAll, responseCursorPaging } from '../../../../nodes/shared/pagination';
import type { ApiRequest } from '../../../../nodes/shared/transport/types';
import { fakeClient } from '../../../helpers/fakeClient';

const ITEMS = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, createdAt: `2025-01-0${i + 1}T00:00:00Z` }));
const GET: ApiRequest = { method: 'GET', path: '/posts', qs: { q: 'x' }, headers: { 'X-Tenant': 't1' } };

/** The items after the one with `id`, or from the start. */
function after(id: number | undefined, size: number): IDataObject[] {
	const start = id === undefined ? 0 : ITEMS.findIndex((item) => item.id === id) + 1;
	return ITEMS.slice(start, start + size);
}

describe('offsetPaging', () => {
	it('skips what it has read and stops on a short page', async () => {
		const client = fakeClient((request) => {
			const skip = Number(request.qs?.skip);
			return { results: ITEMS.slice(skip, skip + Number(request.qs?.limit)) };
		});
		await expect(readAll(client, GET, offsetPaging({ itemsPath: 'results', limitParam: 'limit', pageSize: 3 }))).resolves.toEqual(ITEMS);
		expect(client.sent.map((request) => [request.qs?.skip, request.qs?.limit])).toEqual([
			[0, 3],
			[3, 3],
			[6, 3],
		]);
	});

	it('uses its own skip parameter and the server’s fixed page size', async () => {
		const client = fakeClient((request) => ITEMS.slice(Number(request.qs?.offset), Number(request.qs?.offset) + 4));
		await expect(readAll(client, GET, offsetPaging({ itemsPath: '', skipParam: 'offset', pageSize: 4 }))).resolves.toEqual(ITEMS);
		expect(client.sent.map((request) => request.qs?.offset)).toEqual([0, 4]);
	});
});

describe('nextLinkPaging', () => {
	const strategy = nextLinkPaging({ itemsPath: 'items', linkPaths: ['links.next', 'links.nextpage'] });

	it('follows links.next, keeping the method, path and headers and letting the link carry the query', async () => {
		const client = fakeClient((request) => {
			if (!request.url) return { items: ITEMS.slice(0, 3), links: { next: 'https://api.example/v1/posts?page=2&q=x' } };
			return { items: ITEMS.slice(3), links: { next: null } };
		});
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent[1]).toEqual({ method: 'GET', path: '/posts', url: 'https://api.example/v1/posts?page=2&q=x', headers: { 'X-Tenant': 't1' } });
	});

	it('follows links.nextpage (Forsta), relative, when links.next is empty', async () => {
		const client = fakeClient((request) => {
			if (!request.url) return { items: ITEMS.slice(0, 4), links: { next: '', nextpage: 'posts?page=2' } };
			return { items: ITEMS.slice(4), links: {} };
		});
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent.map((request) => request.url)).toEqual([undefined, 'posts?page=2']);
	});

	it('asks for its page size on the first request only (the links carry it after that)', async () => {
		const sized = nextLinkPaging({ itemsPath: 'items', linkPaths: ['next'], sizeParam: 'pageSize', pageSize: 50 });
		const client = fakeClient((request) => (request.url ? { items: ITEMS.slice(3) } : { items: ITEMS.slice(0, 3), next: '/v1/posts?page=2&pageSize=50' }));
		await readAll(client, GET, sized);
		expect(client.sent[0].qs).toEqual({ q: 'x', pageSize: 50 });
		expect(client.sent[1].qs).toBeUndefined();
	});
});

describe('lastItemCursorPaging', () => {
	it('builds a JSON cursor from the last item (Flowbox) and stops on a short page', async () => {
		const client = fakeClient((request) => {
			const cursor = request.qs?.cursor === undefined ? undefined : (JSON.parse(String(request.qs.cursor)) as { id: number });
			return { posts: after(cursor?.id, Number(request.qs?.count)) };
		});
		const strategy = lastItemCursorPaging({
			itemsPath: 'posts',
			cursorParam: 'cursor',
			cursorOf: (last) => JSON.stringify({ id: last.id, createdAt: last.createdAt }),
			sizeParam: 'count',
			pageSize: 3,
		});
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent.map((request) => request.qs?.cursor)).toEqual([
			undefined,
			JSON.stringify({ id: 3, createdAt: ITEMS[2].createdAt }),
			JSON.stringify({ id: 6, createdAt: ITEMS[5].createdAt }),
		]);
	});

	it('pages with afterId until an empty page when the page size is the server’s', async () => {
		const client = fakeClient((request) => ({ data: after(request.qs?.afterId as number | undefined, 3) }));
		const strategy = lastItemCursorPaging({ itemsPath: 'data', cursorParam: 'afterId', cursorOf: (last) => last.id as number });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent.map((request) => request.qs?.afterId)).toEqual([undefined, 3, 6, 7]);
	});

	it('takes part of the cursor from the page body where the service puts it there', async () => {
		const client = fakeClient((request) => ({ meta: { feed: 'f9' }, data: after(request.qs?.after ? Number(String(request.qs.after).split(':')[1]) : undefined, 4) }));
		const strategy = lastItemCursorPaging({
			itemsPath: 'data',
			cursorParam: 'after',
			cursorOf: (last, body) => `${String((body as { meta: { feed: string } }).meta.feed)}:${String(last.id)}`,
			sizeParam: 'n',
			pageSize: 4,
		});
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent[1].qs?.after).toBe('f9:4');
	});

	it('stops when the last item gives no cursor', async () => {
		const client = fakeClient(() => ({ data: [{ name: 'no id' }] }));
		const strategy = lastItemCursorPaging({ itemsPath: 'data', cursorParam: 'afterId', cursorOf: (last) => last.id as string | undefined });
		await expect(readAll(client, GET, strategy)).resolves.toEqual([{ name: 'no id' }]);
		expect(client.sent).toHaveLength(1);
	});
});

describe('responseCursorPaging', () => {
	it('follows the cursor the response hands out while hasMore is true', async () => {
		const client = fakeClient((request) => {
			const from = request.qs?.after === undefined ? 0 : Number(request.qs.after);
			const items = ITEMS.slice(from, from + 3);
			return { nodes: items, pageInfo: { endCursor: String(from + 3), hasNextPage: from + 3 < ITEMS.length } };
		});
		const strategy = responseCursorPaging({ itemsPath: 'nodes', cursorParam: 'after', cursorPath: 'pageInfo.endCursor', hasMorePath: 'pageInfo.hasNextPage' });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent.map((request) => request.qs?.after)).toEqual([undefined, '3', '6']);
	});

	it('stops when hasMore is false even though a cursor is present', async () => {
		const client = fakeClient(() => ({ nodes: ITEMS.slice(0, 2), next: 'abc', hasMore: false }));
		const strategy = responseCursorPaging({ itemsPath: 'nodes', cursorParam: 'cursor', cursorPath: 'next', hasMorePath: 'hasMore' });
		await expect(readAll(client, GET, strategy)).resolves.toHaveLength(2);
		expect(client.sent).toHaveLength(1);
	});

	it('without hasMore, continues while a cursor comes and stops when none does', async () => {
		const client = fakeClient((request) => (request.qs?.cursor ? { items: ITEMS.slice(4), cursor: null } : { items: ITEMS.slice(0, 4), cursor: 42 }));
		const strategy = responseCursorPaging({ itemsPath: 'items', cursorParam: 'cursor', cursorPath: 'cursor' });
		await expect(readAll(client, GET, strategy)).resolves.toEqual(ITEMS);
		expect(client.sent.map((request) => request.qs?.cursor)).toEqual([undefined, 42]);
	});
});
