import type { MockRequest, MockServer, ParsedQuery } from '../shared';
import { first, failed, numberParam, success } from './responses';
import type { FastCommentsState } from './state';
import type { Doc } from './types';

export type CommentEvent = 'comment-created' | 'comment-updated' | 'comment-deleted';
export type CommentEventSink = (event: CommentEvent, comment: Doc) => void;

/** FastComments documents no maximum for `limit` on comments; the mock takes up to 100. */
export const COMMENT_MAX_LIMIT = 100;
/** The page size of precalculated pages (set in FastComments' customisation rules; 30 here). */
export const COMMENT_PAGE_SIZE = 30;

/** The comments a list request asks for; the query is read once, not once per comment. */
function matcher(query: ParsedQuery): (comment: Doc) => boolean {
	const urlId = first(query.urlId);
	const parentId = first(query.parentId);
	const fromDate = numberParam(query.fromDate);
	const toDate = numberParam(query.toDate);
	return (comment) => {
		if (urlId && comment.urlId !== urlId) return false;
		if (parentId !== undefined && String(comment.parentId ?? 'null') !== parentId) return false;
		if (fromDate !== undefined && Number(comment.date) < fromDate) return false;
		if (toDate !== undefined && Number(comment.date) > toDate) return false;
		return comment.approved !== false && comment.isSpam !== true;
	};
}

const byDateThenId = (a: Doc, b: Doc) => Number(a.date) - Number(b.date) || String(a.id).localeCompare(String(b.id));

/** Oldest first (newest first with NF); comments are mostly stored in order, so sorting is skipped when they are. */
function sorted(comments: Doc[], direction: string | undefined): Doc[] {
	const inOrder = comments.every((comment, index) => index === 0 || byDateThenId(comments[index - 1], comment) <= 0);
	const byDate = inOrder ? comments : [...comments].sort(byDateThenId);
	return direction === 'NF' ? [...byDate].reverse() : byDate;
}

function withChildren(comment: Doc, all: Doc[], query: ParsedQuery): Doc {
	const children = all.filter((candidate) => candidate.parentId === comment.id);
	const skip = numberParam(query.skipChildren) ?? 0;
	const limit = numberParam(query.limitChildren) ?? children.length;
	const shown = children.slice(skip, skip + limit).map((child) => withChildren(child, all, query));
	return { ...comment, children: shown, hasChildren: children.length > 0 };
}

/** GET /comments: precalculated pages (`page`, from 0) or flexible `skip`/`limit`; `asTree` counts top-level only. */
function listComments(state: FastCommentsState, req: MockRequest) {
	const { query } = req;
	if (query.page && (query.skip || query.limit)) return failed('invalid-paging', 'use page, or skip and limit, not both', 400);
	const asTree = first(query.asTree) === 'true';
	if (asTree && query.parentId === undefined) return failed('missing-parent-id', 'asTree needs parentId (null for the root)', 400);
	const all = state.list('comments');
	const chosen = sorted(all.filter(matcher(query)), first(query.direction));
	const limit = numberParam(query.limit) ?? COMMENT_PAGE_SIZE;
	if (!Number.isInteger(limit) || limit < 1 || limit > COMMENT_MAX_LIMIT) return failed('invalid-limit', `limit must be 1 to ${COMMENT_MAX_LIMIT}`, 400);
	const page = numberParam(query.page);
	const start = page !== undefined ? page * COMMENT_PAGE_SIZE : (numberParam(query.skip) ?? 0);
	const pageItems = chosen.slice(start, start + (page !== undefined ? COMMENT_PAGE_SIZE : limit));
	return success({ comments: asTree ? pageItems.map((comment) => withChildren(comment, all, query)) : pageItems });
}

function findComment(state: FastCommentsState, id: string): Doc | undefined {
	return state.list('comments').find((comment) => comment.id === id);
}

/** Stateful comment routes; creating, changing and deleting report the matching webhook event. */
export function addCommentRoutes(server: MockServer, state: FastCommentsState, emit: CommentEventSink): void {
	const create = (input: Doc): Doc => {
		const comment: Doc = { id: state.newId('c'), tenantId: state.tenantId, date: Date.now(), approved: true, isSpam: false, votes: 0, votesUp: 0, votesDown: 0, parentId: null, ...input };
		comment.commentHTML ??= `<p>${String(comment.comment ?? '')}</p>`;
		state.list('comments').push(comment);
		emit('comment-created', comment);
		return comment;
	};
	server.route('GET', '/api/v1/comments', (req) => listComments(state, req));
	server.route('GET', '/api/v1/comments/:id', (req) => {
		const comment = findComment(state, req.params.id);
		return comment ? success({ comment }) : failed('not-found', `No comment ${req.params.id}`, 404);
	});
	server.route('POST', '/api/v1/comments', (req) => success({ comment: create(req.body as Doc) }));
	server.route('POST', '/api/v1/comments/bulk', (req) => ({ status: 200, body: (req.body as Doc[]).map((input) => ({ status: 'success', comment: create(input) })) }));
	server.route('PATCH', '/api/v1/comments/:id', (req) => {
		const comment = findComment(state, req.params.id);
		if (!comment) return failed('not-found', `No comment ${req.params.id}`, 404);
		Object.assign(comment, req.body as Doc, { id: comment.id });
		emit('comment-updated', comment);
		return success();
	});
	server.route('DELETE', '/api/v1/comments/:id', (req) => {
		const list = state.list('comments');
		const comment = findComment(state, req.params.id);
		if (!comment) return failed('not-found', `No comment ${req.params.id}`, 404);
		// Replies go with their parent, as FastComments documents.
		state.collections.comments = list.filter((candidate) => candidate !== comment && candidate.parentId !== comment.id);
		emit('comment-deleted', comment);
		return success({ action: 'deleted' });
	});
}
