import type { INodeParameters } from 'n8n-workflow';
import { startFastCommentsMock } from '../../mocks/fastcomments';
import { MOCK_API, startFasterForwardMock } from '../../mocks/fasterforward';
import { FLOW_KEYS, startFlowboxMock } from '../../mocks/flowbox';
import { forstaWorld } from '../../mocks/forsta/n8nWorld';
import type { RequestLog } from '../../mocks/shared/requestLog';
import type { N8nClient, NodeSpec } from '../harness/client';
import { registerIssuedTokens } from '../harness/issuedTokens';
import { hiveWorld } from '../hive/hiveFixture';

const PACK = 'n8n-nodes-service-pack';

/** One pack node as an AI agent's tool, against its service's mock. */
export interface ServiceTool {
	service: string;
	/** The tool node; its name becomes the tool's name (spaces as "_"). */
	node: NodeSpec;
	toolName: string;
	/** Arguments a model would send for a call that works. */
	args: Record<string, unknown>;
	/** The argument holding the id (or path) the call is about. */
	idArgument: string;
	/** Text the service's answer to `args` contains. */
	answerPart: string;
	/** "METHOD /path" of what the service's mock answered since `mark()` (control routes excluded). */
	requestsSince(mark: number): string[];
	mark(): number;
}

export interface ServiceToolWorlds {
	hive: ServiceTool;
	fastComments: ServiceTool;
	forsta: ServiceTool;
	flowbox: ServiceTool;
	fasterForward: ServiceTool;
	close(): Promise<void>;
}

function requestsOf(log: RequestLog) {
	return {
		mark: () => log.lastSeq,
		requestsSince: (mark: number) => log.since(mark).filter((entry) => !entry.path.startsWith('/__mock')).map((entry) => `${entry.method} ${entry.path}`),
	};
}

function toolNode(name: string, type: string, parameters: INodeParameters, credentials: NodeSpec['credentials']): NodeSpec {
	return { name, type: `${PACK}.${type}Tool`, typeVersion: 1, parameters, credentials };
}

/**
 * The five services' mocks and credentials, and one tool node of each pack node. The tool nodes set only resource
 * and operation (and a list's Limit): their id or path comes from the model through the field's tool-form default.
 */
export async function serviceToolWorlds(n8n: N8nClient): Promise<ServiceToolWorlds> {
	const hive = await hiveWorld({}, 'Hive mock for agent tools');
	const forsta = await forstaWorld();
	const fastComments = await startFastCommentsMock();
	const flowbox = await startFlowboxMock();
	const fasterForward = await startFasterForwardMock();
	registerIssuedTokens(n8n, 'fasterForwardApi', fasterForward.tokens, 'issue');

	const fastCommentsData = { apiKey: fastComments.apiKey, tenantId: fastComments.tenantId, region: 'custom', baseUrl: fastComments.baseUrl, apiSecret: fastComments.apiSecret };
	const fastCommentsApi = { id: await n8n.createCredential('fastCommentsApi', 'FastComments for agent tools', fastCommentsData), name: 'FastComments for agent tools' };
	const flowboxData = { apiKey: flowbox.apiKey, environment: 'custom', gatewayUrl: flowbox.gatewayUrl, externalApiUrl: flowbox.externalApiUrl };
	const flowboxApi = { id: await n8n.createCredential('flowboxApi', 'Flowbox for agent tools', flowboxData), name: 'Flowbox for agent tools' };
	const { clientId, clientSecret } = fasterForward.client;
	const ffData = { domain: fasterForward.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: 'dossiers', clientAuthentication: 'body' };
	const fasterForwardApi = { id: await n8n.createCredential('fasterForwardApi', 'Faster Forward for agent tools', ffData), name: 'Faster Forward for agent tools' };

	const order = hive.mock.state.orders[0];
	const comment = fastComments.state.list('comments')[0];
	return {
		hive: {
			service: 'Hive',
			node: toolNode('Hive Order', 'hive', { resource: 'order', operation: 'get' }, { hiveApi: hive.credential }),
			toolName: 'Hive_Order',
			args: { Order: String(order.id) },
			idArgument: 'Order',
			answerPart: order.merchant_order_id,
			...requestsOf(hive.mock.log),
		},
		fastComments: {
			service: 'FastComments',
			node: toolNode('FastComments Comment', 'fastComments', { resource: 'comment', operation: 'get' }, { fastCommentsApi }),
			toolName: 'FastComments_Comment',
			args: { Comment: String(comment.id) },
			idArgument: 'Comment',
			answerPart: String(comment.id),
			...requestsOf(fastComments.server.log),
		},
		forsta: {
			service: 'Forsta',
			node: toolNode('Forsta Survey', 'forsta', { resource: 'survey', operation: 'get' }, { forstaApi: forsta.credential }),
			toolName: 'Forsta_Survey',
			args: { Survey: 'p1000001' },
			idArgument: 'Survey',
			answerPart: 'Customer Satisfaction 2025',
			...requestsOf(forsta.mock.log),
		},
		flowbox: {
			service: 'Flowbox',
			node: toolNode('Flowbox Feed', 'flowbox', { resource: 'feed', operation: 'getPosts', returnAll: false, limit: 3, options: {} }, { flowboxApi }),
			toolName: 'Flowbox_Feed',
			args: { Flow: FLOW_KEYS.static },
			idArgument: 'Flow',
			answerPart: FLOW_KEYS.static,
			...requestsOf(flowbox.log),
		},
		fasterForward: {
			service: 'Faster Forward',
			node: toolNode(
				'Faster Forward Request',
				'fasterForward',
				{ resource: 'apiRequest', operation: 'send', method: 'GET', query: '{"page": 1, "pageSize": 3}', paging: 'none', options: { allowedPaths: MOCK_API } },
				{ fasterForwardApi },
			),
			toolName: 'Faster_Forward_Request',
			args: { Path: `${MOCK_API}/records` },
			idArgument: 'Path',
			answerPart: 'Relatie 1',
			...requestsOf(fasterForward.log),
		},
		close: async () => {
			await Promise.all([hive.mock.close(), forsta.mock.close(), fastComments.close(), flowbox.close(), fasterForward.close()]);
		},
	};
}
