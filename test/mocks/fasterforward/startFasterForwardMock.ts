import { addControlRoutes, CONTROL_PREFIX, SlidingWindowLimiter, startMockServer, type Clock, type MockServer, type RateWindow, type RequestLog } from '../shared';
import { apiGate, type GateCounts } from './apiGate';
import { FF_CLIENT, FF_MAX_BODY_BYTES, FF_PER_DAY, FF_PER_SECOND } from './constants';
import { registerMockApiRoutes, type ReceivedUpload } from './mockApiRoutes';
import { TokenAuthority } from './tokenAuthority';
import { registerTokenRoute } from './tokenRoute';

export interface FasterForwardMockOptions {
	port?: number;
	/** Default: 5 per second and 100,000 per day, exactly; `false` switches both off. */
	rateLimit?: { perSecond?: RateWindow; perDay?: RateWindow } | false;
	/** Default 47,185,920 bytes, as documented. */
	bodyLimitBytes?: number;
	tokenLifetimeS?: number;
	clock?: Clock;
}

export interface FasterForwardMock {
	url: string;
	/** What the credential's Domain gets (scheme included, since the mock speaks plain HTTP). */
	domain: string;
	client: typeof FF_CLIENT;
	log: RequestLog;
	tokens: TokenAuthority;
	counts: GateCounts;
	uploads: ReceivedUpload[];
	/** Adds a middleware in front of the routes (a fault layer goes first, before the token and rate checks). */
	use: MockServer['use'];
	reset(): void;
	/** Refuses connections for `ms`, then is back on the same port (see MockServer.outage). */
	outage(ms: number): Promise<void>;
	close(): Promise<void>;
}

/** A local stand-in for a customer's Faster Forward Elements domain: token endpoint, limits and the size rule. */
export async function startFasterForwardMock(options: FasterForwardMockOptions = {}): Promise<FasterForwardMock> {
	const clock = options.clock ?? Date.now;
	const tokens = new TokenAuthority(clock, options.tokenLifetimeS);
	const windows = options.rateLimit === false ? undefined : [options.rateLimit?.perSecond ?? FF_PER_SECOND, options.rateLimit?.perDay ?? FF_PER_DAY];
	const limiter = windows ? new SlidingWindowLimiter(windows, clock) : undefined;
	const counts: GateCounts = { perSecond429: 0, daily429: 0, tooLarge400: 0 };
	const uploads: ReceivedUpload[] = [];
	// Big enough to read a body past the documented limit and answer it with the documented 400.
	const server = await startMockServer({ port: options.port ?? 0, maxBodyBytes: 64 * 1024 * 1024 });
	server.use(apiGate(tokens, limiter, options.bodyLimitBytes ?? FF_MAX_BODY_BYTES, counts));
	registerTokenRoute(server, tokens);
	registerMockApiRoutes(server, tokens, uploads);

	const reset = () => {
		tokens.reset();
		limiter?.reset();
		Object.assign(counts, { perSecond429: 0, daily429: 0, tooLarge400: 0 });
		uploads.length = 0;
		server.log.clear();
	};
	addControlRoutes(server, { onReset: reset });
	const control = { control: true };
	server.route('POST', `${CONTROL_PREFIX}/fasterforward/expire-tokens`, () => (tokens.expireAccessTokens(), { status: 200, body: { expired: true } }), control);
	server.route('POST', `${CONTROL_PREFIX}/fasterforward/revoke-refresh-tokens`, () => (tokens.revokeRefreshTokens(), { status: 200, body: { revoked: true } }), control);
	server.route('GET', `${CONTROL_PREFIX}/fasterforward/stats`, () => ({ status: 200, body: { issued: tokens.issued, ...counts, uploads: uploads.length } }), control);

	return { url: server.url, domain: server.url, client: FF_CLIENT, log: server.log, tokens, counts, uploads, use: server.use, reset, outage: server.outage, close: server.close };
}
