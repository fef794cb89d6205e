import { createHash } from 'node:crypto';
import { DEFAULT_SEED, FLOW_KEYS, FLOWBOX_COMPANY_ID } from './constants';
import { flowboxTime } from './dates';
import type { FlowboxSeedCounts, FlowboxState, FlowType, MockFlow, MockPost, MockProduct, MockReview, MockTag } from './types';

const BASE_TIME = Date.UTC(2025, 0, 1);
const TAG_NAMES = ['summer', 'hiking', 'winter', 'camping', 'trail', 'outdoor', 'sale', 'kids'];

/** A 22-character key like Flowbox's, stable for the same seed text. */
export function mockKey(seed: string): string {
	return createHash('sha256').update(seed).digest('base64url').slice(0, 22);
}

function seedProducts(): MockProduct[] {
	return Array.from({ length: 12 }, (_, i) => {
		const productId = String(712400 + i);
		return {
			productKey: `${FLOWBOX_COMPANY_ID}_${productId}_bEgYqAhMMhmO3tzsSOkteg`,
			productId,
			category: i % 2 === 0 ? 'jackets' : 'boots',
			name: `Product ${productId}`,
			description: `Mock catalog product ${productId}`,
			price: 499 + i * 100,
			currency: 'SEK',
			locale: 'en-gb',
		};
	});
}

/** One post of a flow; `n` orders them (a higher n is newer). */
export function makePost(flow: MockFlow, n: number, time: number, products: MockProduct[]): MockPost {
	const key = mockKey(`${flow.key}:${n}`);
	const permalink = `https://www.instagram.com/p/${mockKey(`permalink:${flow.key}:${n}`).slice(0, 11)}/`;
	return {
		key,
		feedKey: flow.key,
		publishedAt: flowboxTime(time),
		postType: 'approved',
		sourceName: n % 3 === 0 ? 'tiktok' : 'instagram',
		userName: `creator${n % 17}`,
		// Every tenth post (the newest seeded one too) names a competitor, for the trigger example's moderation branch.
		text: `Post ${n} of ${flow.name} #${TAG_NAMES[n % TAG_NAMES.length]}${n % 10 === 0 ? ', seen cheaper at a competitor' : ''}`,
		postPermalink: permalink,
		imageUrl: `https://cdn.flbx.io/mock/${key}/thumbnail_512`,
		productKeys: flow.type === 'product' ? [products[n % products.length].productKey] : [],
		tags: [TAG_NAMES[n % TAG_NAMES.length], TAG_NAMES[(n + 3) % TAG_NAMES.length]],
	};
}

function seedFlows(): MockFlow[] {
	const flow = (type: FlowType, name: string): MockFlow => ({ key: FLOW_KEYS[type], name, type, deleted: false, embedVersion: 'v2', isMasterFlow: type === 'static' });
	return [flow('static', 'Homepage gallery'), flow('product', 'Product pages'), flow('tag', 'Hiking stories')];
}

function seedTags(count: number): MockTag[] {
	return Array.from({ length: count }, (_, i) => ({
		name: `${TAG_NAMES[i % TAG_NAMES.length]}-${String(i).padStart(3, '0')}`,
		approved: i % 4 !== 0,
		createdAt: BASE_TIME + i * 60_000,
		permalinks: [`https://www.instagram.com/p/mock${i % 10}/`],
	}));
}

function seedReviews(count: number, products: MockProduct[]): MockReview[] {
	const statuses = ['published', 'published', 'pending', 'rejected'];
	return Array.from({ length: count }, (_, i) => ({
		id: `rev_${String(i + 1).padStart(5, '0')}`,
		product_id: products[i % products.length].productId,
		title: `Review ${i + 1}`,
		description: `Mock review number ${i + 1}`,
		status: statuses[i % statuses.length],
		stars: i % 6,
		email: `buyer${i}@example.com`,
		display_name: `Buyer ${i}`,
		locale: i % 3 === 0 ? 'sv-SE' : 'en-US',
		source: 'website',
		// Distinct seconds: paging by `after` relies on creation times being unique.
		created_at: flowboxTime(BASE_TIME + i * 3_600_000),
	}));
}

export function createFlowboxState(counts: Partial<FlowboxSeedCounts> = {}): FlowboxState {
	const seed = { ...DEFAULT_SEED, ...counts };
	const products = seedProducts();
	const flows = seedFlows();
	const posts = new Map<string, MockPost[]>();
	const newest = BASE_TIME + seed.posts * 3_600_000;
	for (const flow of flows) {
		// Stored newest first, as the feed lists them.
		posts.set(flow.key, Array.from({ length: seed.posts }, (_, i) => makePost(flow, seed.posts - i, newest - i * 3_600_000, products)));
	}
	return { flows, posts, tags: seedTags(seed.tags), products, reviews: seedReviews(seed.reviews, products), reports: [], clock: newest };
}

/** Adds `count` posts newer than any other to a flow; returns them oldest first. */
export function addPosts(state: FlowboxState, flowKey: string, count: number): MockPost[] {
	const flow = state.flows.find((candidate) => candidate.key === flowKey);
	const list = state.posts.get(flowKey);
	if (!flow || !list) throw new Error(`no flow ${flowKey}`);
	const added: MockPost[] = [];
	for (let i = 0; i < count; i++) {
		state.clock += 60_000;
		added.push(makePost(flow, list.length + added.length + 1, state.clock, state.products));
	}
	list.unshift(...[...added].reverse());
	return added;
}
