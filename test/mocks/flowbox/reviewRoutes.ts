import type { MockServer } from '../shared';
import { EXTERNAL_PREFIX, FLOWBOX_COMPANY_ID, REVIEWS_DEFAULT_FIRST } from './constants';
import { flowboxTime, parseTime } from './dates';
import { failure, success } from './responses';
import type { FlowboxState, MockReview } from './types';

const STATUSES = ['auto_moderation_pending', 'published', 'pending', 'rejected'];
const REQUIRED = ['product_id', 'title', 'description', 'status', 'stars', 'email', 'display_name', 'locale', 'source'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invalidReview(body: Record<string, unknown>): string | undefined {
	const missing = REQUIRED.filter((name) => body[name] === undefined || body[name] === '');
	if (missing.length) return `missing required fields: ${missing.join(', ')}`;
	if (!STATUSES.includes(String(body.status))) return `status must be one of ${STATUSES.join(', ')}`;
	if (!Number.isInteger(body.stars) || (body.stars as number) < 0 || (body.stars as number) > 5) return 'stars must be an integer between 0 and 5';
	if (typeof body.email !== 'string' || !EMAIL.test(body.email)) return 'email must be a valid email address';
	if (!['website', 'sequence'].includes(String(body.source))) return 'source must be website or sequence';
	if (body.sequence_id !== undefined && !Number.isInteger(body.sequence_id)) return 'sequence_id must be an integer';
	return undefined;
}

/** Reviews of a company, oldest first; `after` is a creation time, `first` the page size. */
export function registerReviewRoutes(server: MockServer, state: FlowboxState): void {
	server.route('GET', `${EXTERNAL_PREFIX}/v2/reviews/company/:companyId`, (req) => {
		if (req.params.companyId !== FLOWBOX_COMPANY_ID) return failure(404, `Company ${req.params.companyId} not found`);
		const firstRaw = req.query.first?.[0];
		const first = firstRaw === undefined ? REVIEWS_DEFAULT_FIRST : Number(firstRaw);
		if (!Number.isInteger(first) || first < 1 || first > 100) return failure(400, 'first must be a whole number from 1 to 100');
		const afterRaw = req.query.after?.[0];
		const after = afterRaw === undefined ? undefined : parseTime(afterRaw);
		if (afterRaw !== undefined && after === undefined) return failure(400, `after must be an ISO date-time, not "${afterRaw}"`);
		const status = req.query.status?.[0];
		const locales = (req.query.locale ?? []).flatMap((value) => value.split(',')).filter(Boolean);
		const product = req.headers.product_identifier;
		const matching = state.reviews
			.filter((review) => !status || review.status === status)
			.filter((review) => !locales.length || locales.includes(review.locale))
			.filter((review) => !product || review.product_id === product)
			.sort((a, b) => (parseTime(a.created_at) as number) - (parseTime(b.created_at) as number));
		const rest = after === undefined ? matching : matching.filter((review) => (parseTime(review.created_at) as number) > after);
		const reviews = rest.slice(0, first);
		return success({ totalCount: matching.length, reviews, hasNextPage: rest.length > first, hasPreviousPage: rest.length < matching.length });
	});

	server.route('POST', `${EXTERNAL_PREFIX}/v2/reviews/create`, (req) => {
		const body = (req.body ?? {}) as Record<string, unknown>;
		const problem = invalidReview(body);
		if (problem) return failure(400, problem);
		// "Sequential integer identifier to deduplicate reviews on bulk import."
		const duplicate = body.sequence_id !== undefined ? state.reviews.find((review) => review.sequence_id === body.sequence_id) : undefined;
		if (duplicate) return success({ review: duplicate });
		const review = { ...(body as unknown as MockReview), id: `rev_${String(state.reviews.length + 1).padStart(5, '0')}`, created_at: flowboxTime(Date.now()) };
		state.reviews.push(review);
		return success({ review });
	});
}
