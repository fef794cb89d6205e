import { randomUUID } from 'node:crypto';
import type { INodeParameters } from 'n8n-workflow';
import { FLOW_KEYS, startFlowboxMock, type FlowboxMock } from '../../mocks/flowbox';
import type { FaultLayer, FaultRule } from '../../mocks/shared/faults';
import type { LogEntry } from '../../mocks/shared/requestLog';
import type { N8nClient, NodeSpec } from '../../n8n/harness/client';
import type { ReadTally } from '../tally';
import { emittedAgainst, faultLayerOn, runCapturing, secretsIn, type WorkflowOutcome } from './faultCase';

export const FLOWBOX_NODE = 'n8n-nodes-service-pack.flowbox';
export const STATIC_FLOW = FLOW_KEYS.static;

/** The public feed on the gateway (Developer API v1) and the posts list of the External API (v2). */
export const FEED_PATH = /\/public\/feed\/[^/]+$/;
export const POSTS_PATH = /\/v2\/flow\/[^/]+\/posts$/;
/** Report Post (External API v2): a POST Flowbox acts on. */
export const REPORT_PATH = /\/v2\/flow\/[^/]+\/report-post\/[^/]+$/;

export interface FlowboxFaultWorld {
	n8n: N8nClient;
	mock: FlowboxMock;
	faults: FaultLayer;
	node(parameters: INodeParameters): NodeSpec;
	/** The credential, for other node types (the trigger). */
	credentials: NodeSpec['credentials'];
	close(): Promise<void>;
}

/** A Flowbox mock with a fault layer and its own credential (and so its own rate group) in n8n. */
export async function flowboxFaultWorld(n8n: N8nClient): Promise<FlowboxFaultWorld> {
	const mock = await startFlowboxMock({ apiKey: `fbx-faults-${randomUUID()}` });
	const name = `Flowbox faults ${mock.apiKey.slice(-8)}`;
	const id = await n8n.createCredential('flowboxApi', name, { apiKey: mock.apiKey, environment: 'custom', gatewayUrl: mock.gatewayUrl, externalApiUrl: mock.externalApiUrl });
	const faults = faultLayerOn(mock);
	const credentials = { flowboxApi: { id, name } };
	return {
		n8n,
		mock,
		faults,
		credentials,
		node: (parameters) => ({ name: 'Flowbox', type: FLOWBOX_NODE, parameters, credentials }),
		close: async () => {
			faults.clear();
			await mock.close();
		},
	};
}

const flowRef = (key: string) => ({ __rl: true, mode: 'id', value: key });

/** The two ways the node reads a flow's posts, both following the JSON cursor. */
export const READS = {
	feed: { path: FEED_PATH, parameters: { resource: 'feed', operation: 'getPosts', flowKey: flowRef(STATIC_FLOW), returnAll: true, options: {} } },
	posts: { path: POSTS_PATH, parameters: { resource: 'post', operation: 'getAll', flowKey: flowRef(STATIC_FLOW), type: 'static', returnAll: true, options: {} } },
} as const;
export type FlowboxRead = keyof typeof READS;

/** A rule for the request of a read that carries its `n`th cursor (page n + 1). */
export function onCursorPage(read: FlowboxRead, n: number, rule: Omit<FaultRule, 'method' | 'path' | 'when' | 'skip'>): FaultRule {
	return { method: 'GET', path: READS[read].path, when: (req) => req.query.cursor !== undefined, skip: n - 1, ...rule };
}

export const postKeys = (mock: FlowboxMock): string[] => (mock.state.posts.get(STATIC_FLOW) ?? []).map((post) => post.key);

export interface PostRead {
	outcome: WorkflowOutcome;
	/** This read's page requests, in order. */
	pages: LogEntry[];
	tally: ReadTally;
	listed: number;
	leaked: number;
}

/**
 * Runs one of the reads with Return All and measures what it emitted (by post key) against the flow's posts.
 * `extra` are other node parameters (e.g. the Retry Budget).
 */
export async function readAllPosts(world: FlowboxFaultWorld, read: FlowboxRead, extra: INodeParameters = {}): Promise<PostRead> {
	const before = postKeys(world.mock);
	const mark = world.mock.log.lastSeq;
	const outcome = await runCapturing(world.n8n, [world.node({ ...(READS[read].parameters as unknown as INodeParameters), ...extra })]);
	const after = postKeys(world.mock);
	const throughout = before.filter((key) => after.includes(key));
	const changed = [...before, ...after].filter((key) => !throughout.includes(key));
	return {
		outcome,
		pages: world.mock.log.since(mark).filter((entry) => entry.method === 'GET' && READS[read].path.test(entry.path)),
		tally: emittedAgainst(outcome, throughout, changed, (post) => post.key),
		listed: after.length,
		leaked: secretsIn(outcome.texts, [world.mock.apiKey]),
	};
}
