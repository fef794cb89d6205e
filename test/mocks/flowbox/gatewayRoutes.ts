import type { MockServer } from '../shared';
import { FEED_DEFAULT_PAGE, GATEWAY_PREFIX } from './constants';
import { pageAfter, pageSize } from './feedPage';
import type { FlowboxState } from './types';

/** Developer API v1 on the gateway: `GET /public/feed/{flowKey}`, no auth, the Flow schema of the spec. */
export function registerGatewayRoutes(server: MockServer, state: FlowboxState): void {
	server.route('GET', `${GATEWAY_PREFIX}/public/feed/:flowKey`, (req) => {
		const posts = state.posts.get(req.params.flowKey);
		// "404 statuses are returned if [...] you don't even have the right to know [...] if an object exists."
		if (!posts) return { status: 404, body: { message: 'Not Found' } };
		const size = pageSize(req.query, FEED_DEFAULT_PAGE);
		if (typeof size === 'string') return { status: 400, body: { message: size } };
		const page = pageAfter(posts, req.params.flowKey, req.query, size);
		if ('error' in page) return { status: 400, body: { message: page.error } };
		const last = page.posts[page.posts.length - 1];
		return {
			status: 200,
			body: {
				posts: page.posts.map(({ tags: _tags, ...post }) => ({ ...post, productKeys: JSON.stringify(post.productKeys) })),
				pinned: [],
				cursor: { key: last?.publishedAt ?? null },
				settings: { theme: 'tile-grid', customCss: {}, general: {}, elements: {} },
				products: [],
			},
		};
	});
}
