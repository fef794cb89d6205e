import { addControlRoutes, startMockServer, type Clock, type Middleware, type RateWindow, type RequestLog } from '../shared';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FORSTA_WINDOWS } from './constants';
import { message, type ForstaContext } from './forstaContext';
import { registerForstaControlRoutes } from './forstaControlRoutes';
import { forstaGate, type GateStats } from './forstaGate';
import { registerHubRoutes } from './hubRoutes';
import { createForstaState, resetForstaState } from './seed';
import { registerSurveyRoutes } from './surveyRoutes';
import { TokenBook, type TokenOptions } from './tokens';
import type { ForstaSeed, ForstaState, LinkStyle } from './types';
import { registerWriteRoutes } from './writeRoutes';

export interface ForstaMockOptions {
	port?: number;
	clientId?: string;
	clientSecret?: string;
	seed?: Partial<ForstaSeed>;
	/** Default: Forsta's three windows (20/s, 1,000/15 min, 10,000/12 h) per client and API; `false` switches them off. */
	rateLimit?: RateWindow[] | false;
	/** Clock of the rate limiter and the tokens, for tests that move time by hand. */
	clock?: Clock;
	throttleStatus?: 429 | 403;
	retryAfter?: boolean;
	linkStyle?: LinkStyle;
	tokens?: Partial<Pick<TokenOptions, 'lifetimeMs' | 'expiresInS' | 'requestsPerToken'>>;
}

export interface ForstaMock {
	/** API host and token host at once: a credential's custom site points both here. */
	url: string;
	clientId: string;
	clientSecret: string;
	log: RequestLog;
	state: ForstaState;
	tokens: TokenBook;
	stats: GateStats;
	use(middleware: Middleware, options?: { first?: boolean }): void;
	reset(): void;
	/** Refuses connections for `ms`, then is back on the same port (see MockServer.outage). */
	outage(ms: number): Promise<void>;
	close(): Promise<void>;
}

/** A local stand-in for Forsta's public Surveys and Hubs APIs and its identity server. */
export async function startForstaMock(options: ForstaMockOptions = {}): Promise<ForstaMock> {
	const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
	const clientSecret = options.clientSecret ?? DEFAULT_CLIENT_SECRET;
	const now = options.clock ?? Date.now;
	const tokens = new TokenBook({ clients: { [clientId]: clientSecret }, now, ...options.tokens });
	const stats: GateStats = { throttled: {} };
	const server = await startMockServer({
		port: options.port ?? 0,
		notFound: (req) => message(404, `No route for ${req.method} ${req.path}.`),
		badRequest: (_req, problem) => message(400, problem),
	});
	const ctx: ForstaContext = { state: createForstaState(options.seed), linkStyle: options.linkStyle ?? 'alternate', origin: () => server.url };
	const gate = forstaGate(tokens, { windows: options.rateLimit ?? FORSTA_WINDOWS, clock: options.clock, throttleStatus: options.throttleStatus ?? 429, retryAfter: options.retryAfter ?? true }, stats);
	server.use(gate);
	server.route('POST', '/identity/connect/token', (req) => tokens.grant(req));
	registerSurveyRoutes(server, ctx);
	registerWriteRoutes(server, ctx);
	registerHubRoutes(server, ctx);

	const reset = () => {
		resetForstaState(ctx.state, options.seed);
		tokens.reset();
		gate.reset();
		stats.throttled = {};
		server.log.clear();
	};
	addControlRoutes(server, { onReset: reset });
	registerForstaControlRoutes(server, ctx, tokens, stats);
	return { url: server.url, clientId, clientSecret, log: server.log, state: ctx.state, tokens, stats, use: server.use, reset, outage: server.outage, close: server.close };
}
