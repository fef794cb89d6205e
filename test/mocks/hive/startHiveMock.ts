import { addControlRoutes, SlidingWindowLimiter, startMockServer, type Clock, type Middleware, type RateWindow, type RequestLog } from '../shared';
import { DEFAULT_HIVE_API_KEY, HIVE_BASE_PATH, HIVE_PAGE_SIZE, HIVE_RATE_LIMIT } from './constants';
import { registerFulfilmentRoutes } from './fulfilmentRoutes';
import { hiveGate } from './hiveGate';
import type { HiveContext } from './hiveContext';
import { registerHiveControlRoutes } from './hiveControlRoutes';
import { createHiveState, resetHiveState } from './hiveState';
import { registerOrderRoutes } from './orderRoutes';
import { registerRestockingRoutes } from './restockingRoutes';
import { badRequest, hiveErrors } from './responses';
import { registerSkuRoutes } from './skuRoutes';
import type { HiveSeedCounts, HiveState } from './types';

export interface HiveMockOptions {
	/** 0 (default) picks a free port. */
	port?: number;
	apiKey?: string;
	/** How many of each object to seed (defaults: see DEFAULT_SEED_COUNTS). */
	seed?: Partial<HiveSeedCounts>;
	/** Default: exactly 100 requests per 60,000 ms. `false` switches it off (and the X-Rate-Limit-* headers with it). */
	rateLimit?: RateWindow | RateWindow[] | false;
	/** Clock of the rate limiter, for tests that move time by hand. */
	clock?: Clock;
	pageSize?: number;
}

export interface HiveMock {
	/** e.g. http://127.0.0.1:43121 */
	url: string;
	/** url + '/merchant_api/v1' */
	baseUrl: string;
	apiKey: string;
	log: RequestLog;
	/** The live data; routes change it in place. */
	state: HiveState;
	/** Undefined when the rate limit is off. */
	limiter?: SlidingWindowLimiter;
	/** Adds middleware (e.g. a fault-injection layer); `{ first: true }` puts it before auth and rate limiting. */
	use(middleware: Middleware, options?: { first?: boolean }): void;
	/** Re-seeds the data, empties the rate-limit window and the request log. */
	reset(): void;
	/** Refuses connections for `ms`, then is back on the same port (see MockServer.outage). */
	outage(ms: number): Promise<void>;
	close(): Promise<void>;
}

/** A local stand-in for Hive's Merchant API v1, behaving as Hive's documentation describes. */
export async function startHiveMock(options: HiveMockOptions = {}): Promise<HiveMock> {
	const apiKey = options.apiKey ?? DEFAULT_HIVE_API_KEY;
	const windows = options.rateLimit === false ? undefined : [options.rateLimit ?? HIVE_RATE_LIMIT].flat();
	const limiter = windows ? new SlidingWindowLimiter(windows, options.clock) : undefined;
	const ctx: HiveContext = { state: createHiveState(options.seed), pageSize: options.pageSize ?? HIVE_PAGE_SIZE, now: Date.now };

	const server = await startMockServer({
		port: options.port ?? 0,
		// Hive "only accepts requests where the body is valid JSON" sent as application/json.
		requireJsonContentType: true,
		badRequest: (_req, problem) => badRequest(problem),
		notFound: (req) => hiveErrors(404, [`No route matches [${req.method}] "${req.path}"`]),
	});
	server.use(hiveGate(apiKey, limiter));
	registerSkuRoutes(server, ctx);
	registerOrderRoutes(server, ctx);
	registerRestockingRoutes(server, ctx);
	registerFulfilmentRoutes(server, ctx);

	const reset = () => {
		resetHiveState(ctx.state, options.seed);
		limiter?.reset();
		server.log.clear();
	};
	addControlRoutes(server, { onReset: reset });
	registerHiveControlRoutes(server, ctx);

	return {
		url: server.url,
		baseUrl: `${server.url}${HIVE_BASE_PATH}`,
		apiKey,
		log: server.log,
		state: ctx.state,
		limiter,
		use: server.use,
		reset,
		outage: server.outage,
		close: server.close,
	};
}
