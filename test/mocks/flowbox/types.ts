export type FlowType = 'static' | 'product' | 'tag';

export interface MockFlow {
	key: string;
	name: string;
	type: FlowType;
	deleted: boolean;
	embedVersion: 'v1' | 'v2';
	isMasterFlow: boolean;
}

export interface MockPost {
	key: string;
	feedKey: string;
	/** Flowbox's own format, e.g. `2021-10-28T04:01:57.000000+0000`. */
	publishedAt: string;
	postType: 'approved';
	sourceName: string;
	userName: string;
	text: string;
	postPermalink: string;
	imageUrl: string;
	productKeys: string[];
	tags: string[];
}

export interface MockTag {
	name: string;
	approved: boolean;
	createdAt: number;
	/** Permalinks of the posts that carry it. */
	permalinks: string[];
}

export interface MockProduct {
	productKey: string;
	productId: string;
	category: string;
	name: string;
	description: string;
	price: number;
	currency: string;
	locale: string;
}

export interface MockReview {
	id: string;
	product_id: string;
	title: string;
	description: string;
	status: string;
	stars: number;
	email: string;
	display_name: string;
	locale: string;
	source: string;
	url?: string;
	is_email_verified?: boolean;
	sequence_id?: number;
	created_at: string;
}

export interface MockReport {
	flowKey: string;
	postKey: string;
	message: string;
	email: string;
}

export interface FlowboxSeedCounts {
	/** Posts in each flow. */
	posts: number;
	tags: number;
	reviews: number;
}

export interface FlowboxState {
	flows: MockFlow[];
	posts: Map<string, MockPost[]>;
	tags: MockTag[];
	products: MockProduct[];
	reviews: MockReview[];
	reports: MockReport[];
	/** Time of the newest post, so added posts are always newer. */
	clock: number;
}
