import { NodeApiError } from 'n8n-workflow';
import { nextLinkPaging, pageNumberPaging, readAll } from '../../../../nodes/shared/pagination';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { sendJson } from '../../../helpers/testServer';

const SKUS = Array.from({ length: 230 }, (_, i) => ({ id: i + 1, sku: `SKU-${String(i + 1).padStart(4, '0')}` }));
let setup: ClientSetup | undefined;

afterEach(async () => {
	await setup?.server.close();
	setup = undefined;
});

describe('paging end to end: fake n8n context, real HTTP, local server', () => {
	it('reads 230 SKUs over 3 pages of a Hive-like API, in order, with the filters on every page', async () => {
		setup = await clientSetup({ profile: { arrayFormat: 'brackets' } });
		const { server, client } = setup;
		server.handle((seen, res) => {
			const page = Number(seen.query.get('page'));
			const size = Number(seen.query.get('per_page'));
			sendJson(res, 200, { data: SKUS.slice((page - 1) * size, page * size), pagination: { page, page_count: Math.ceil(SKUS.length / size) } });
		});
		const strategy = pageNumberPaging({ itemsPath: 'data', sizeParam: 'per_page', pageSize: 100, pageCountPath: 'pagination.page_count' });
		const all = await readAll(client, { method: 'GET', path: '/skus', qs: { 'warehouse_ids': [3, 4] } }, strategy);
		expect(all).toEqual(SKUS);
		expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);
		expect(server.requests.every((r) => r.query.getAll('warehouse_ids[]').join() === '3,4')).toBe(true);
	});

	it('follows relative next links to the end', async () => {
		setup = await clientSetup();
		const { server, client } = setup;
		server.handle((seen, res) => {
			const page = Number(seen.query.get('page') ?? '1');
			const next = page < 3 ? `skus?page=${page + 1}` : null;
			sendJson(res, 200, { items: SKUS.slice((page - 1) * 10, page * 10), links: { next } });
		});
		const all = await readAll(client, { method: 'GET', path: '/skus' }, nextLinkPaging({ itemsPath: 'items', linkPaths: ['links.next'] }));
		expect(all).toEqual(SKUS.slice(0, 30));
		expect(server.requests.map((r) => r.url)).toEqual(['/merchant_api/v1/skus', '/merchant_api/v1/skus?page=2', '/merchant_api/v1/skus?page=3']);
	});

	it('fails with a NodeApiError, not a crash, when a relative next link repeats', async () => {
		setup = await clientSetup();
		const { server, client } = setup;
		server.handle((seen, res) => sendJson(res, 200, { items: [{ url: seen.url }], links: { next: 'skus?page=2' } }));
		const error = await readAll(client, { method: 'GET', path: '/skus' }, nextLinkPaging({ itemsPath: 'items', linkPaths: ['links.next'] })).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('Hive: the service pointed to a page that was already read, so paging stopped instead of looping');
		expect((error as NodeApiError).description).toContain('Request: GET /skus.');
		expect(server.requests).toHaveLength(2);
	});

	it('refuses a next link to another host and sends nothing there', async () => {
		setup = await clientSetup();
		const { server, client } = setup;
		server.handle((_seen, res) => sendJson(res, 200, { items: [{ id: 1 }], links: { next: 'http://127.0.0.2:1/steal?page=2' } }));
		await expect(readAll(client, { method: 'GET', path: '/skus' }, nextLinkPaging({ itemsPath: 'items', linkPaths: ['links.next'] }))).rejects.toThrow(
			/another host \(http:\/\/127\.0\.0\.2:1\)/,
		);
		expect(server.requests).toHaveLength(1);
	});
});
