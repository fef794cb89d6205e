import type { Doc } from './types';

export interface SeedSizes {
	comments?: number;
	pages?: number;
	ssoUsers?: number;
	tenantUsers?: number;
	moderators?: number;
	hashTags?: number;
	feedPosts?: number;
	auditLogs?: number;
	userBadges?: number;
	notifications?: number;
	tenantDailyUsages?: number;
}

/** Enough documents to make every documented page size matter (more than one page of each). */
export const DEFAULT_SEED: Required<SeedSizes> = {
	comments: 230,
	pages: 3,
	ssoUsers: 230,
	tenantUsers: 120,
	moderators: 105,
	hashTags: 230,
	feedPosts: 75,
	auditLogs: 2_300,
	userBadges: 250,
	notifications: 70,
	tenantDailyUsages: 400,
};

const BASE_TIME = Date.parse('2025-01-06T09:00:00.000Z');
const hex = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(20 - prefix.length, '0')}`;
const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

export function pageUrlId(index: number): string {
	return `article-${index + 1}`;
}

/** Every 25th comment carries a link, so the example's "Has a link" moderation finds some among the newest 50. */
function commentText(index: number): string {
	const text = `Comment number ${index + 1}`;
	return (index + 1) % 25 === 0 ? `${text}, more at https://deals.example.com/offer-${index + 1}` : text;
}

export function seedComment(index: number, tenantId: string, pages: number): Doc {
	const date = BASE_TIME + index * 60_000;
	return {
		id: hex('c', index + 1), tenantId, urlId: pageUrlId(index % Math.max(1, pages)), url: `https://blog.example.com/${pageUrlId(index % Math.max(1, pages))}`,
		commenterName: `Reader ${index + 1}`, comment: commentText(index), commentHTML: `<p>${commentText(index)}</p>`,
		// Every tenth comment answers the one before it, so trees have children.
		parentId: index % 10 === 9 ? hex('c', index) : null,
		date, votes: 0, votesUp: 0, votesDown: 0, verified: true, approved: true, isSpam: false, reviewed: false, hasImages: false, locale: 'en_us',
	};
}

/** The seeded state; `auditLogs` share milliseconds in runs of three, so page breaks fall inside a millisecond. */
export function seedCollections(sizes: Required<SeedSizes>, tenantId: string): Record<string, Doc[]> {
	const at = (offsetMs: number) => new Date(BASE_TIME + offsetMs).toISOString();
	return {
		comments: times(sizes.comments, (i) => seedComment(i, tenantId, sizes.pages)),
		pages: times(sizes.pages, (i) => ({ id: hex('p', i + 1), urlId: pageUrlId(i), url: `https://blog.example.com/${pageUrlId(i)}`, title: `Article ${i + 1}`, commentCount: 0, rootCommentCount: 0, createdAt: at(i) })),
		ssoUsers: times(sizes.ssoUsers, (i) => ({ id: `sso-${i + 1}`, username: `sso${i + 1}`, email: `sso${i + 1}@example.com`, signUpDate: BASE_TIME + i, websiteUrl: '', createdFromUrlId: '', loginCount: 0, avatarSrc: '' })),
		tenantUsers: times(sizes.tenantUsers, (i) => ({ _id: hex('u', i + 1), username: `admin${i + 1}`, email: `admin${i + 1}@example.com`, signUpDate: BASE_TIME + i })),
		moderators: times(sizes.moderators, (i) => ({ _id: hex('m', i + 1), tenantId, name: `Moderator ${i + 1}`, email: `mod${i + 1}@example.com`, createdAt: at(i) })),
		questionConfigs: times(3, (i) => ({ _id: hex('q', i + 1), tenantId, name: `Question ${i + 1}`, question: `How do you rate article ${i + 1}?`, type: 'stars', createdAt: at(i) })),
		emailTemplates: times(2, (i) => ({ _id: hex('e', i + 1), tenantId, emailTemplateId: `template-${i + 1}`, displayName: `Template ${i + 1}`, ejs: '<p>Hi</p>', createdAt: at(i) })),
		hashTags: times(sizes.hashTags, (i) => ({ _id: hex('h', i + 1), tenantId, tag: `#tag${String(i + 1).padStart(4, '0')}`, createdAt: at(i) })),
		feedPosts: times(sizes.feedPosts, (i) => ({ _id: hex('f', i + 1), tenantId, title: `Post ${i + 1}`, tags: i % 2 ? ['news'] : ['tips'], createdAt: at(i) })),
		auditLogs: times(sizes.auditLogs, (i) => ({ _id: hex('a', i + 1), resourceName: 'Comment', crudType: 'u', from: 'api', when: at(Math.floor(i / 3)) })),
		userBadges: times(sizes.userBadges, (i) => ({ _id: hex('b', i + 1), userId: `sso-${(i % 20) + 1}`, badgeId: `badge-${i % 5}`, type: i % 3, displayedOnComments: true })),
		tenants: times(2, (i) => ({ id: hex('t', i + 1), name: `Managed tenant ${i + 1}`, signUpDate: BASE_TIME + i })),
		notifications: times(sizes.notifications, (i) => ({ _id: hex('n', i + 1), tenantId, userId: `sso-${(i % 5) + 1}`, viewed: false, type: 'ReplyToMe', createdAt: at(i) })),
		tenantDailyUsages: times(sizes.tenantDailyUsages, (i) => ({ id: hex('d', i + 1), tenantId, yearNumber: 2024 + Math.floor(i / 365), dayNumber: (i % 28) + 1, apiCreditsUsed: i })),
		subscriptions: times(3, (i) => ({ id: hex('s', i + 1), tenantId, userId: `sso-${i + 1}`, urlId: pageUrlId(0), createdAt: at(i) })),
		domainConfigs: [{ domain: 'blog.example.com', emailFromName: 'Blog' }, { domain: 'localhost' }],
		votes: [],
	};
}
