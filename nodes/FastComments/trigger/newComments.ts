import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { readAll } from '../../shared/pagination/readPages';
import { defaultClient } from '../../shared/transport/executionClients';
import type { ApiRequest } from '../../shared/transport/types';
import { skipLimit } from '../engine/paging';
import { fastCommentsProfile } from '../transport/fastCommentsProfile';

/** Where the last poll stopped: the newest comment time seen, and the ids seen at exactly that millisecond. */
export interface CommentCursor {
	since: number;
	seenAtSince: string[];
}

const dateOf = (comment: IDataObject) => Number(comment.date);
const idOf = (comment: IDataObject) => String(comment.id ?? comment._id ?? '');

function listRequest(urlId: string, extra: IDataObject): ApiRequest {
	const qs: IDataObject = { ...extra };
	if (urlId) qs.urlId = urlId;
	return { method: 'GET', path: '/api/v1/comments', qs };
}

/** The newest comment, for the editor's "fetch test event". */
export async function sampleComment(ctx: IPollFunctions, urlId: string): Promise<IDataObject[]> {
	const client = await defaultClient(ctx, fastCommentsProfile);
	return await readAll(client, listRequest(urlId, { direction: 'NF' }), skipLimit('comments', 100), { limit: 1 });
}

/**
 * Comments left since the cursor, oldest first, each exactly once. `fromDate` is read as inclusive, so comments at
 * the cursor's own millisecond come back again and are dropped by id.
 */
export async function commentsSince(ctx: IPollFunctions, urlId: string, cursor: CommentCursor): Promise<{ comments: IDataObject[]; cursor: CommentCursor }> {
	const client = await defaultClient(ctx, fastCommentsProfile);
	const read = await readAll(client, listRequest(urlId, { direction: 'OF', fromDate: cursor.since }), skipLimit('comments', 100));
	const seen = new Set(cursor.seenAtSince);
	const fresh = read.filter((comment) => Number.isFinite(dateOf(comment)) && dateOf(comment) >= cursor.since && !seen.has(idOf(comment)));
	if (fresh.length === 0) return { comments: [], cursor };
	const newest = Math.max(...fresh.map(dateOf));
	const atNewest = fresh.filter((comment) => dateOf(comment) === newest).map(idOf);
	const seenAtSince = newest === cursor.since ? [...cursor.seenAtSince, ...atNewest] : atNewest;
	return { comments: fresh.sort((a, b) => dateOf(a) - dateOf(b)), cursor: { since: newest, seenAtSince } };
}
