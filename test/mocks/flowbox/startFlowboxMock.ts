import { addControlRoutes, startMockServer, type Middleware, type RequestLog } from '../shared';
import { DEFAULT_FLOWBOX_API_KEY, EXTERNAL_PREFIX, GATEWAY_PREFIX } from './constants';
import { FaultQueue, flowboxGate } from './externalGate';
import { registerFlowboxControlRoutes } from './flowboxControlRoutes';
import { registerCatalogRoutes } from './catalogRoutes';
import { registerGatewayRoutes } from './gatewayRoutes';
import { registerPostRoutes } from './postRoutes';
import { failure } from './responses';
import { registerReviewRoutes } from './reviewRoutes';
import { addPosts, createFlowboxState } from './seed';
import type { FlowboxSeedCounts, FlowboxState, MockPost } from './types';

export interface FlowboxMockOptions {
	port?: number;
	apiKey?: string;
	seed?: Partial<FlowboxSeedCounts>;
}

export interface FlowboxMock {
	url: string;
	/** Stands in for https://gateway.getflowbox.com (the credential's custom gateway URL). */
	gatewayUrl: string;
	/** Stands in for https://external-api.getflowbox.com. */
	externalApiUrl: string;
	apiKey: string;
	log: RequestLog;
	state: FlowboxState;
	faults: FaultQueue;
	addPosts(flowKey: string, count: number): MockPost[];
	use(middleware: Middleware, options?: { first?: boolean }): void;
	reset(): void;
	/** Refuses connections for `ms`, then is back on the same port (see MockServer.outage). */
	outage(ms: number): Promise<void>;
	close(): Promise<void>;
}

/** A local stand-in for Flowbox's gateway (public feed v1) and External API, as their documents describe them. */
export async function startFlowboxMock(options: FlowboxMockOptions = {}): Promise<FlowboxMock> {
	const apiKey = options.apiKey ?? DEFAULT_FLOWBOX_API_KEY;
	const state = createFlowboxState(options.seed);
	const faults = new FaultQueue();
	const server = await startMockServer({
		port: options.port ?? 0,
		notFound: (req) => failure(404, `No route for ${req.method} ${req.path}`),
		badRequest: (_req, problem) => failure(400, problem),
	});
	server.use(flowboxGate(apiKey, faults));
	registerGatewayRoutes(server, state);
	registerCatalogRoutes(server, state);
	registerPostRoutes(server, state);
	registerReviewRoutes(server, state);

	const reset = () => {
		Object.assign(state, createFlowboxState(options.seed));
		faults.clear();
		server.log.clear();
	};
	addControlRoutes(server, { onReset: reset });
	registerFlowboxControlRoutes(server, state, faults);

	return {
		url: server.url,
		gatewayUrl: `${server.url}${GATEWAY_PREFIX}`,
		externalApiUrl: `${server.url}${EXTERNAL_PREFIX}`,
		apiKey,
		log: server.log,
		state,
		faults,
		addPosts: (flowKey, count) => addPosts(state, flowKey, count),
		use: server.use,
		reset,
		outage: server.outage,
		close: server.close,
	};
}
