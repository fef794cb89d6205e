import { classifyFlowbox, gatewayUrl } from '../../../nodes/Flowbox/flowboxProfile';
import { feedPaging, reviewPaging } from '../../../nodes/Flowbox/flowboxPaging';
import { readAll } from '../../../nodes/shared/pagination';
import { fakeClient } from '../../helpers/fakeClient';

const post = (n: number) => ({ key: `key${n}`, feedKey: 'k-flow', publishedAt: `2025-01-01T00:00:${String(60 - n).padStart(2, '0')}.000000+0000` });
const posts = (from: number, count: number) => Array.from({ length: count }, (_, i) => post(from + i));

describe('Flowbox feed paging', () => {
	it('asks for 29 posts and follows the JSON cursor {feedKey, key, publishedAt} of the last post', async () => {
		const client = fakeClient((_request, index) => ({ posts: index === 0 ? posts(0, 29) : posts(29, 5) }));
		const all = await readAll(client, { method: 'GET', path: '/public/feed/k-flow' }, feedPaging('k-flow'));
		expect(all).toHaveLength(34);
		expect(client.sent[0].qs).toEqual({ postsPerPage: 29 });
		expect(JSON.parse(String(client.sent[1].qs?.cursor))).toEqual({ feedKey: 'k-flow', key: 'key28', publishedAt: post(28).publishedAt });
		expect(client.sent).toHaveLength(2);
	});

	it('asks only for what Limit still needs, and uses the flow key when a post lacks its feedKey', async () => {
		const client = fakeClient(() => ({ posts: posts(0, 5).map(({ feedKey: _feedKey, ...rest }) => rest) }));
		expect(await readAll(client, { method: 'GET', path: '/public/feed/k-flow' }, feedPaging('k-flow'), { limit: 5 })).toHaveLength(5);
		expect(client.sent[0].qs).toEqual({ postsPerPage: 5 });
		const more = fakeClient((_request, index) => ({ posts: index < 2 ? posts(index * 2, 2).map(({ feedKey: _f, ...rest }) => rest) : [] }));
		await readAll(more, { method: 'GET', path: '/public/feed/k-flow' }, feedPaging('k-flow', 2));
		expect(JSON.parse(String(more.sent[1].qs?.cursor)).feedKey).toBe('k-flow');
	});
});

describe('Flowbox review paging', () => {
	const review = (n: number) => ({ id: `r${n}`, created_at: `2025-01-0${n}T00:00:00.000000+0000` });

	it('pages with first/after from the last review and stops when hasNextPage is false', async () => {
		const client = fakeClient((_request, index) => ({ data: { reviews: [review(index * 2 + 1), review(index * 2 + 2)], hasNextPage: index === 0 } }));
		const all = await readAll(client, { method: 'GET', path: '/v2/reviews/company/1' }, { ...reviewPaging, first: (request) => ({ ...request, qs: { first: 2 } }) });
		expect(all.map((row) => row.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
		expect(client.sent[1].qs).toEqual({ first: 2, after: review(2).created_at });
	});

	it('prefers a cursor the response hands out', async () => {
		const client = fakeClient((_request, index) => ({ data: { reviews: index === 0 ? [review(1)] : [], endCursor: 'opaque-1' } }));
		await readAll(client, { method: 'GET', path: '/v2/reviews/company/1' }, { ...reviewPaging, first: (request) => ({ ...request, qs: { first: 1 } }) });
		expect(client.sent[1].qs).toEqual({ first: 1, after: 'opaque-1' });
	});
});

describe('Flowbox responses and environments', () => {
	it('reads a 2xx {status: "error"} as a failure quoting Flowbox, and leaves other answers to the engine', () => {
		expect(classifyFlowbox({ statusCode: 200, headers: {}, body: { status: 'error', message: 'Flow not found' } })).toEqual({
			kind: 'failed',
			message: 'the response said status "error": Flow not found',
		});
		expect(classifyFlowbox({ statusCode: 200, headers: {}, body: { status: 'success', data: {} } })).toBeUndefined();
		expect(classifyFlowbox({ statusCode: 429, headers: {}, body: { status: 'error' } })).toBeUndefined();
		expect(classifyFlowbox({ statusCode: 200, headers: {}, body: [] })).toBeUndefined();
	});

	it('maps the environment to the documented gateways', () => {
		expect(gatewayUrl({ environment: 'production' })).toBe('https://gateway.getflowbox.com');
		expect(gatewayUrl({ environment: 'sandbox' })).toBe('https://api.sandbox.flbx.io');
		expect(gatewayUrl({ environment: 'custom', gatewayUrl: 'http://127.0.0.1:1/gw' })).toBe('http://127.0.0.1:1/gw');
		expect(gatewayUrl({})).toBe('https://gateway.getflowbox.com');
	});
});
