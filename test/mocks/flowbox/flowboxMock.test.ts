import { httpRequest, type HttpResult } from '../shared';
import { FLOW_KEYS } from './constants';
import { startFlowboxMock, type FlowboxMock } from './startFlowboxMock';
import type { MockPost } from './types';

type FeedBody = { posts: MockPost[]; cursor: unknown };
const cursorOf = (post: MockPost) => encodeURIComponent(JSON.stringify({ feedKey: post.feedKey, key: post.key, publishedAt: post.publishedAt }));

describe('Flowbox mock', () => {
	let mock: FlowboxMock;
	beforeAll(async () => {
		mock = await startFlowboxMock();
	});
	beforeEach(() => mock.reset());
	afterAll(() => mock.close());

	const feed = (query = '', flowKey: string = FLOW_KEYS.static): Promise<HttpResult> => httpRequest(`${mock.gatewayUrl}/public/feed/${flowKey}${query}`);
	const external = (path: string, options: { method?: string; body?: unknown; key?: string | null } = {}): Promise<HttpResult> => {
		const key = options.key === undefined ? mock.apiKey : options.key;
		return httpRequest(`${mock.externalApiUrl}${path}`, { method: options.method, body: options.body, headers: key === null ? {} : { 'api-key': key } });
	};

	it('serves 29 feed posts by default, newest first, and pages with the JSON cursor of the last post', async () => {
		const first = (await feed()).body as FeedBody;
		expect(first.posts).toHaveLength(29);
		const times = first.posts.map((post) => Date.parse(post.publishedAt));
		expect([...times].sort((a, b) => b - a)).toEqual(times);
		const second = (await feed(`?cursor=${cursorOf(first.posts[28])}`)).body as FeedBody;
		expect(second.posts[0].key).not.toBe(first.posts[28].key);
		expect(Date.parse(second.posts[0].publishedAt)).toBeLessThan(times[28]);
		const third = (await feed(`?postsPerPage=29&cursor=${cursorOf(second.posts[28])}`)).body as FeedBody;
		expect(third.posts).toHaveLength(70 - 58);
		expect(new Set([...first.posts, ...second.posts, ...third.posts].map((post) => post.key)).size).toBe(70);
	});

	it('refuses a double-encoded cursor, a cursor of another flow and a bad page size', async () => {
		const post = ((await feed()).body as FeedBody).posts[0];
		expect((await feed(`?cursor=${encodeURIComponent(cursorOf(post))}`)).status).toBe(400);
		const foreign = encodeURIComponent(JSON.stringify({ feedKey: FLOW_KEYS.tag, key: post.key, publishedAt: post.publishedAt }));
		expect((await feed(`?cursor=${foreign}`)).status).toBe(400);
		expect((await feed('?postsPerPage=0')).status).toBe(400);
		expect((await feed('', 'k-unknown')).status).toBe(404);
	});

	it('needs the api-key on the External API only', async () => {
		expect((await external('/v2/company', { key: null })).status).toBe(401);
		expect((await external('/v2/company', { key: 'wrong' })).body).toMatchObject({ status: 'error' });
		expect((await external('/v2/company')).body).toEqual({ status: 'success', data: { company: expect.objectContaining({ currency: 'SEK' }) } });
		expect((await feed()).status).toBe(200);
	});

	it('applies the documented posts v2 rules and answers an unknown flow with a 200 error envelope', async () => {
		expect((await external(`/v2/flow/${FLOW_KEYS.static}/posts`)).status).toBe(400);
		expect((await external(`/v2/flow/${FLOW_KEYS.product}/posts?type=product`)).status).toBe(400);
		expect((await external(`/v2/flow/${FLOW_KEYS.static}/posts?type=static&productIds=1`)).status).toBe(400);
		expect((await external(`/v2/flow/${FLOW_KEYS.static}/posts?type=static&postsPerPage=31`)).status).toBe(400);
		const missing = await external('/v2/flow/k-nope/posts?type=static');
		expect(missing.status).toBe(200);
		expect(missing.body).toMatchObject({ status: 'error' });
		const products = (await external(`/v2/flow/${FLOW_KEYS.product}/posts?type=product&productIds=712400`)).body as { data: { posts: MockPost[] } };
		expect(products.data.posts.length).toBeGreaterThan(0);
		expect(products.data.posts.every((post) => post.productKeys[0].includes('_712400_'))).toBe(true);
	});

	it('pages tags by page and limit, and reviews by first and after', async () => {
		const page3 = (await external('/v2/tags?page=3&limit=50')).body as { data: { tags: string[]; total: number } };
		expect(page3.data).toMatchObject({ total: 120 });
		expect(page3.data.tags).toHaveLength(20);
		const first = (await external('/v2/reviews/company/2553?first=100')).body as { data: { reviews: Array<{ created_at: string }>; hasNextPage: boolean } };
		expect(first.data.reviews).toHaveLength(100);
		expect(first.data.hasNextPage).toBe(true);
		const after = encodeURIComponent(first.data.reviews[99].created_at);
		const rest = (await external(`/v2/reviews/company/2553?first=100&after=${after}`)).body as { data: { reviews: unknown[]; hasNextPage: boolean } };
		expect(rest.data.reviews).toHaveLength(30);
		expect(rest.data.hasNextPage).toBe(false);
		expect((await external('/v2/reviews/company/2553?after=yesterday')).status).toBe(400);
	});

	it('validates and deduplicates created reviews by sequence_id', async () => {
		const review = { product_id: '712400', title: 'Warm', description: 'Nice', status: 'published', stars: 5, email: 'a@b.se', display_name: 'A', locale: 'en-GB', source: 'website', sequence_id: 7 };
		const created = await external('/v2/reviews/create', { method: 'POST', body: review });
		const again = await external('/v2/reviews/create', { method: 'POST', body: review });
		expect((again.body as { data: { review: { id: string } } }).data.review.id).toBe((created.body as { data: { review: { id: string } } }).data.review.id);
		expect((await external('/v2/reviews/create', { method: 'POST', body: { ...review, stars: 6 } })).status).toBe(400);
	});

	it('publishes new posts and queues faults through control routes', async () => {
		await httpRequest(`${mock.url}/__mock/flowbox/flows/${FLOW_KEYS.static}/posts`, { method: 'POST', body: { count: 2 } });
		const posts = ((await feed('?postsPerPage=3')).body as FeedBody).posts;
		expect(posts.map((post) => post.text)).toEqual([expect.stringContaining('Post 72 '), expect.stringContaining('Post 71 '), expect.stringContaining('Post 70 ')]);
		await httpRequest(`${mock.url}/__mock/flowbox/faults`, { method: 'POST', body: { times: 1 } });
		const failed = await external('/v2/company');
		expect(failed.status).toBe(200);
		expect(failed.body).toEqual({ status: 'error', message: 'Simulated failure' });
		expect((await external('/v2/company')).body).toMatchObject({ status: 'success' });
	});
});
