import type { INodeParameters } from 'n8n-workflow';
import { startFastCommentsMock, type FastCommentsMock } from '../../test/mocks/fastcomments';
import { MOCK_API_KEY, MOCK_TENANT_ID } from '../../test/mocks/fastcomments/startFastCommentsMock';
import { failed, success } from '../../test/mocks/fastcomments/responses';
import { seedComment } from '../../test/mocks/fastcomments/seed';
import { startMockServer } from '../../test/mocks/shared';
import type { N8nClient, NodeSpec } from '../../test/n8n/harness/client';
import { headerAuth, pagedHttpRequest, perItemHttpRequest, type HttpCredential } from '../httpRequestNode';
import type { ListSource } from './types';

/** FastComments answers comments in pages of at most 100 (skip + limit). */
const PAGE = 100;

export interface FastCommentsSource extends ListSource {
	mock: FastCommentsMock;
}

function fastCommentsNode(credentialId: string, parameters: INodeParameters): NodeSpec {
	return { name: 'FastComments', type: 'n8n-nodes-service-pack.fastComments', parameters, credentials: { fastCommentsApi: { id: credentialId, name: 'bench' } } };
}

async function fastCommentsCredential(n8n: N8nClient, baseUrl: string, apiKey: string, tenantId: string): Promise<string> {
	return await n8n.createCredential('fastCommentsApi', `bench ${baseUrl}`, { apiKey, tenantId, region: 'custom', baseUrl });
}

/** Comments on a fresh FastComments mock (FastComments documents no request-rate limit). */
export async function fastCommentsComments(n8n: N8nClient, comments: number): Promise<FastCommentsSource> {
	const mock = await startFastCommentsMock({ seed: { comments } });
	const credentialId = await fastCommentsCredential(n8n, mock.baseUrl, mock.apiKey, mock.tenantId);
	const setup = { credential: await headerAuth(n8n, 'X-API-KEY', mock.apiKey) };
	const log = () => mock.server.log.entries;
	return {
		mock,
		ourNode: fastCommentsNode(credentialId, { resource: 'comment', operation: 'getAll', pagination: 'flexible', returnAll: true, options: {} }),
		httpNode: (intervalMs) =>
			pagedHttpRequest(
				{ ...setup, url: `${mock.baseUrl}/api/v1/comments`, query: { tenantId: mock.tenantId, limit: PAGE } },
				{
					pageParameter: { name: 'skip', value: `={{ $pageCount * ${PAGE} }}` },
					completeExpression: `={{ !Array.isArray($response.body.comments) || $response.body.comments.length < ${PAGE} }}`,
					intervalMs,
				},
			),
		rowsField: 'comments',
		rowId: 'id',
		refusals: () => log().filter((entry) => entry.status === 429).length,
		requests: () => log().filter((entry) => entry.path === '/api/v1/comments').length,
		close: () => mock.close(),
	};
}

export interface CommentsById {
	/** This pack's node getting the comment whose id is in each input item. */
	ourNode: NodeSpec;
	/** The HTTP Request node doing the same, one request per input item. */
	httpNode: NodeSpec;
	ids: string[];
	close(): Promise<void>;
}

/**
 * "Get comment" on a lean server for the per-request case: the FastComments mock checks every request against the
 * OpenAPI spec, which costs more than the n8n work being measured. Same key and tenant check, same answer shape,
 * the FastComments mock's own seeded comments; no limit, as FastComments documents none.
 */
export async function commentsById(n8n: N8nClient, count: number): Promise<CommentsById> {
	const comments = new Map(Array.from({ length: count }, (_, index) => seedComment(index, MOCK_TENANT_ID, 3)).map((comment) => [String(comment.id), comment]));
	const server = await startMockServer({ logLimit: 1 });
	server.route('GET', '/api/v1/comments/:id', (req) => {
		if (req.headers['x-api-key'] !== MOCK_API_KEY || req.query.tenantId?.[0] !== MOCK_TENANT_ID) return failed('invalid-api-key', 'Invalid API key');
		const comment = comments.get(req.params.id);
		return comment ? success({ comment }) : failed('not-found', `No comment ${req.params.id}`, 404);
	});
	const credentialId = await fastCommentsCredential(n8n, server.url, MOCK_API_KEY, MOCK_TENANT_ID);
	const credential: HttpCredential = await headerAuth(n8n, 'X-API-KEY', MOCK_API_KEY);
	return {
		ourNode: fastCommentsNode(credentialId, { resource: 'comment', operation: 'get', id: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
		httpNode: perItemHttpRequest({ credential, url: `=${server.url}/api/v1/comments/{{ $json.id }}`, query: { tenantId: MOCK_TENANT_ID } }),
		ids: [...comments.keys()],
		close: () => server.close(),
	};
}

/** What bench/floorReader.cjs needs to read the comments of a FastComments mock page by page, as this pack's node does. */
export interface FloorSource {
	config: { url: string; headers: Record<string, string>; itemsField: string; pageSize: number };
	lastId: unknown;
	jsonBytes: number;
	close(): Promise<void>;
}

/** Comments on a fresh FastComments mock for the bare script that only parses pages and keeps rows. */
export async function fastCommentsFloor(comments: number): Promise<FloorSource> {
	const mock = await startFastCommentsMock({ seed: { comments } });
	const all = mock.state.list('comments');
	return {
		config: { url: `${mock.baseUrl}/api/v1/comments?tenantId=${encodeURIComponent(mock.tenantId)}`, headers: { 'X-API-KEY': mock.apiKey }, itemsField: 'comments', pageSize: PAGE },
		lastId: all.at(-1)?.id,
		jsonBytes: Buffer.byteLength(JSON.stringify(all)),
		close: () => mock.close(),
	};
}
