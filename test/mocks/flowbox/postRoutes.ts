import type { MockServer, ParsedQuery } from '../shared';
import { EXTERNAL_PREFIX, POSTS_V2_MAX_PAGE } from './constants';
import { pageAfter, pageSize } from './feedPage';
import { failure, success } from './responses';
import type { FlowboxState, MockPost } from './types';

const list = (query: ParsedQuery, name: string): string[] =>
	(query[name] ?? [])
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter(Boolean);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The documented rules of posts v2: which filters each flow type needs and refuses. */
function filterPosts(state: FlowboxState, posts: MockPost[], type: string, query: ParsedQuery): MockPost[] | string {
	const productIds = list(query, 'productIds');
	const categories = list(query, 'productCategories');
	const tags = list(query, 'tags');
	if (type !== 'product' && (productIds.length || categories.length)) return 'productIds and productCategories can only be used when type=product';
	if (type === 'product') {
		if (!productIds.length && !categories.length) return 'productIds or productCategories is required when type=product';
		const wanted = new Set(state.products.filter((p) => productIds.includes(p.productId) || categories.includes(p.category)).map((p) => p.productKey));
		return posts.filter((post) => post.productKeys.some((key) => wanted.has(key)));
	}
	if (type === 'tag') {
		if (!tags.length) return 'tags is required when type=tag';
		const all = query.tagsOperator?.[0] === 'AND';
		return posts.filter((post) => (all ? tags.every((tag) => post.tags.includes(tag)) : tags.some((tag) => post.tags.includes(tag))));
	}
	return posts;
}

export function registerPostRoutes(server: MockServer, state: FlowboxState): void {
	server.route('GET', `${EXTERNAL_PREFIX}/v2/flow/:flowKey/posts`, (req) => {
		const flow = state.flows.find((candidate) => candidate.key === req.params.flowKey);
		// Flowbox answers with its error envelope; the mock gives it with 200 so clients must read the body.
		if (!flow) return failure(200, `Flow ${req.params.flowKey} not found`);
		const type = req.query.type?.[0];
		if (!type || !['static', 'product', 'tag'].includes(type)) return failure(400, 'type is required and must be one of static, product, tag');
		if (type !== flow.type) return failure(200, `Flow ${flow.key} is of type ${flow.type}, not ${type}`);
		const filtered = filterPosts(state, state.posts.get(flow.key) ?? [], type, req.query);
		if (typeof filtered === 'string') return failure(400, filtered);
		const size = pageSize(req.query, POSTS_V2_MAX_PAGE, POSTS_V2_MAX_PAGE);
		if (typeof size === 'string') return failure(400, size);
		const page = pageAfter(filtered, flow.key, req.query, size);
		if ('error' in page) return failure(400, page.error);
		return success({ posts: page.posts });
	});

	server.route('POST', `${EXTERNAL_PREFIX}/v2/flow/:flowKey/report-post/:postKey`, (req) => {
		const { flowKey, postKey } = req.params;
		const body = (req.body ?? {}) as { message?: unknown; email?: unknown };
		if (typeof body.message !== 'string' || !body.message.trim()) return failure(400, 'message is required');
		if (typeof body.email !== 'string' || !EMAIL.test(body.email)) return failure(400, 'email must be a valid email address');
		// "The same post has a different key per distributed instance": a key of another flow is not found.
		if (!state.posts.get(flowKey)?.some((post) => post.key === postKey)) return failure(404, `Post ${postKey} not found in flow ${flowKey}`);
		state.reports.push({ flowKey, postKey, message: body.message, email: body.email });
		return { status: 200, body: { status: 'success', message: 'Post reported' } };
	});
}
