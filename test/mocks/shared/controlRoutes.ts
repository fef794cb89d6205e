import type { MockServer } from './mockServer';

/** Everything under this prefix is the test's side channel: no auth, no rate limit, not logged. */
export const CONTROL_PREFIX = '/__mock';

export interface ControlRouteOptions {
	/** Puts the mock back to its seeded state; the request log is cleared after it runs. */
	onReset?: () => void | Promise<void>;
}

/**
 * Lets a test in another process (the real n8n suite) see what the mock received and start over:
 * - `GET  /__mock/log[?since=SEQ]` → `{ entries: LogEntry[], lastSeq }`
 * - `POST /__mock/reset`           → `{ reset: true }`
 */
export function addControlRoutes(server: MockServer, options: ControlRouteOptions = {}): void {
	server.route(
		'GET',
		`${CONTROL_PREFIX}/log`,
		(req) => {
			const since = Number(req.query.since?.[0] ?? 0);
			if (!Number.isInteger(since) || since < 0) return { status: 400, body: { error: 'since must be a non-negative integer' } };
			return { status: 200, body: { entries: server.log.since(since), lastSeq: server.log.lastSeq } };
		},
		{ control: true },
	);
	server.route(
		'POST',
		`${CONTROL_PREFIX}/reset`,
		async () => {
			await options.onReset?.();
			server.log.clear();
			return { status: 200, body: { reset: true } };
		},
		{ control: true },
	);
}
