import type { NodeApiError } from 'n8n-workflow';
import { skipLimit } from '../../../../nodes/FastComments/engine/paging';
import { feedPaging } from '../../../../nodes/Flowbox/flowboxPaging';
import { lastItemCursorPaging, offsetPaging, readAll, type PagingStrategy } from '../../../../nodes/shared/pagination';
import { pagePosition } from '../../../../nodes/shared/pagination/position';
import { createApiClient } from '../../../../nodes/shared/transport/apiClient';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { sendJson } from '../../../helpers/testServer';

let setup: ClientSetup | undefined;
afterEach(async () => {
	await setup?.server.close();
	setup = undefined;
});

/** Reads a list whose first page (two items) comes, then every request fails with 503 through a 2 s budget. */
async function outageOnPage2(strategy: PagingStrategy, firstPage: unknown): Promise<NodeApiError> {
	setup = await clientSetup();
	const { server, ctx, profile, clock, throttle } = setup;
	server.script(
		(_seen, res) => sendJson(res, 200, firstPage),
		(_seen, res) => sendJson(res, 503, { error: 'Deploying' }),
	);
	const client = await createApiClient(ctx, profile, { clock, throttle, retryBudgetMs: 2_000 });
	return (await readAll(client, { method: 'GET', path: '/posts' }, strategy).catch((error: unknown) => error)) as NodeApiError;
}

describe('An error about a page names where the page starts', () => {
	it("a cursor read: the cursor of the page that failed, cut short (Flowbox's feed cursor)", async () => {
		const posts = [1, 2].map((n) => ({ key: `post-${n}`, publishedAt: `2025-01-0${n}T10:00:00.000Z` }));
		const error = await outageOnPage2(feedPaging('flow-7', 2), { posts });
		expect(error.description).toContain('Request: GET /posts, page 2 (cursor={"feedKey":"flow-7","key":"post-2","publ…).');
		expect(error.description).toContain('1 page (2 items)');
	});

	it('an offset read: its skip', async () => {
		const error = await outageOnPage2(offsetPaging({ itemsPath: 'results', limitParam: 'limit', pageSize: 2 }), { results: [{ id: 1 }, { id: 2 }] });
		expect(error.description).toContain('Request: GET /posts, page 2 (skip=2).');
	});

	it("FastComments' overlapping skip: the skip it sent", async () => {
		const error = await outageOnPage2(skipLimit('comments', 2), { comments: [{ _id: 'c1' }, { _id: 'c2' }] });
		expect(error.description).toContain('Request: GET /posts, page 2 (skip=1).');
	});

	it('the first page of a cursor read has no cursor to name', () => {
		const strategy = lastItemCursorPaging({ itemsPath: 'items', cursorParam: 'after', cursorOf: () => 'x' });
		expect(pagePosition(strategy.first({ method: 'GET', path: '/posts' }, undefined), strategy.positionParams)).toBeUndefined();
		expect(pagePosition({ method: 'GET', path: '/posts', qs: { after: 'c'.repeat(40) } }, strategy.positionParams)).toBe(`after=${'c'.repeat(40)}`);
	});
});
