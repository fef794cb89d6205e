import { randomUUID } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { startFastCommentsMock, type FastCommentsMock } from '../../mocks/fastcomments';
import { addFaultLayer, type Fault, type FaultLayer, type FaultRule } from '../../mocks/shared/faults';
import { httpRequest } from '../../mocks/shared/httpClient';
import type { LogEntry } from '../../mocks/shared/requestLog';
import type { N8nClient, NodeSpec } from '../../n8n/harness/client';
import type { ReadTally } from '../tally';
import { emittedAgainst, runCapturing, secretsIn, type WorkflowOutcome } from './faultCase';

export const FASTCOMMENTS_NODE = 'n8n-nodes-service-pack.fastComments';
export const COMMENTS_PATH = /^\/api\/v1\/comments$/;

export interface FastCommentsFaultWorld {
	n8n: N8nClient;
	mock: FastCommentsMock;
	faults: FaultLayer;
	/** The FastComments node with these parameters and this world's credential. */
	node(parameters: IDataObject): NodeSpec;
	close(): Promise<void>;
}

/**
 * A FastComments mock with a fault layer and its own credential in n8n. The API key is new for every world, so its
 * rate group in n8n (which a 429 pauses for every execution) is its own.
 */
export async function fastCommentsFaultWorld(n8n: N8nClient): Promise<FastCommentsFaultWorld> {
	const mock = await startFastCommentsMock({ apiKey: `fc-faults-${randomUUID()}` });
	const name = `FastComments faults ${mock.apiKey.slice(-8)}`;
	const id = await n8n.createCredential('fastCommentsApi', name, { apiKey: mock.apiKey, tenantId: mock.tenantId, region: 'custom', baseUrl: mock.baseUrl, apiSecret: mock.apiSecret });
	const faults = addFaultLayer(mock.server);
	return {
		n8n,
		mock,
		faults,
		node: (parameters) => ({ name: 'FastComments', type: FASTCOMMENTS_NODE, parameters: parameters as INodeParameters, credentials: { fastCommentsApi: { id, name } } }),
		close: async () => {
			faults.clear();
			await mock.close();
		},
	};
}

/** FastComments' error shape (APIError: status, reason, code), which it also sends with HTTP 200. */
export const failedWith200 = (code: string, reason: string): Fault => ({ kind: 'status', status: 200, body: { status: 'failed', code, reason } });

/** A rule for the comment list request that asks for `skip` (flexible paging) or `page` (precalculated) `at`. */
export function onCommentsAt(param: 'skip' | 'page', at: (value: number) => boolean, rule: Omit<FaultRule, 'method' | 'path' | 'when'>): FaultRule {
	return { method: 'GET', path: COMMENTS_PATH, when: (req) => at(Number(req.query[param]?.[0] ?? 0)), ...rule };
}

export const commentIds = (mock: FastCommentsMock): unknown[] => mock.state.list('comments').map((comment) => comment.id);

export interface CommentRead {
	outcome: WorkflowOutcome;
	/** The comment list requests of the run, in order. */
	pages: LogEntry[];
	tally: ReadTally;
	/** Comments listed at the end of the run. */
	listed: number;
	leaked: number;
}

/** The sort has its own options collection; n8n drops keys a collection does not define. */
function commentListParameters({ direction, ...filters }: IDataObject): IDataObject {
	return direction === undefined ? { options: filters } : { options: filters, listOptions: { direction } };
}

/**
 * Runs Comment > Get Many with Return All and measures what it emitted against the comments FastComments held.
 * `options` are the list's filters and sort; `node` are other node parameters (e.g. the Retry Budget).
 */
export async function readAllComments(world: FastCommentsFaultWorld, pagination: 'flexible' | 'precalculated', options: IDataObject = {}, node: IDataObject = {}): Promise<CommentRead> {
	const before = commentIds(world.mock);
	const mark = world.mock.server.log.lastSeq;
	const parameters = { resource: 'comment', operation: 'getAll', pagination, returnAll: true, ...commentListParameters(options), ...node };
	const outcome = await runCapturing(world.n8n, [world.node(parameters)]);
	const after = commentIds(world.mock);
	const throughout = before.filter((id) => after.includes(id));
	const changed = [...before, ...after].filter((id) => !throughout.includes(id));
	return {
		outcome,
		pages: world.mock.server.log.since(mark).filter((entry) => entry.method === 'GET' && COMMENTS_PATH.test(entry.path)),
		tally: emittedAgainst(outcome, throughout, changed),
		listed: after.length,
		leaked: secretsIn(outcome.texts, [world.mock.apiKey, world.mock.apiSecret]),
	};
}

/** Another client of the same tenant calling the API (to change data while the node reads). */
export async function anotherClient(world: FastCommentsFaultWorld, method: string, path: string, body?: unknown): Promise<unknown> {
	const url = `${world.mock.baseUrl}${path}${path.includes('?') ? '&' : '?'}tenantId=${encodeURIComponent(world.mock.tenantId)}`;
	const answer = await httpRequest(url, { method, headers: { 'x-api-key': world.mock.apiKey }, body });
	if ((answer.body as { status?: string } | undefined)?.status !== 'success') throw new Error(`${method} ${path} failed: ${answer.rawBody}`);
	return answer.body;
}

export const newComment = (text: string) => ({ commenterName: 'Other client', comment: text, url: 'https://blog.example.com/article-1', urlId: 'article-1', locale: 'en_us' });
