import { resetTokenStore } from '../nodes/shared/auth/tokenStore';
import { resetThrottles } from '../nodes/shared/throttle/throttleRegistry';
import { MOCK_API, startFasterForwardMock } from '../test/mocks/fasterforward';
import { apiRequest, runFasterForward } from '../test/unit/fasterforward/ffContext';

export interface FasterForwardBenchOptions {
	/** Requests in all (default 200). */
	requests?: number;
	/** Executions running at once, sharing the requests (default 4): they share one throttle, as in n8n. */
	executions?: number;
}

export interface FasterForwardBenchResult {
	name: string;
	requests: number;
	executions: number;
	delivered: number;
	elapsedMs: number;
	/** The least time the documented 5 per second allows: the first 5 at once, then 5 more each second. */
	allowedMs: number;
	/** Requests per second after the first burst of 5 (what the 5/s window governs). */
	sustainedPerSecond: number;
	perSecond429: number;
	daily429: number;
	tokenRequests: number;
	summary: string;
}

/**
 * Sends `requests` API requests through the Faster Forward node (its real execute, the engine's throttle and the
 * credential's token) to the mock, which enforces exactly 5 requests per second and 100,000 per day.
 */
export async function benchFasterForward(options: FasterForwardBenchOptions = {}): Promise<FasterForwardBenchResult> {
	const requests = options.requests ?? 200;
	const executions = Math.max(1, Math.min(options.executions ?? 4, requests));
	resetTokenStore();
	resetThrottles();
	const mock = await startFasterForwardMock();
	try {
		const shares = Array.from({ length: executions }, (_, i) => Math.floor(requests / executions) + (i < requests % executions ? 1 : 0));
		const started = Date.now();
		const outputs = await Promise.all(
			shares.map((count) => runFasterForward(mock, apiRequest({ path: `${MOCK_API}/whoami` }), { items: Array.from({ length: count }, () => ({})) })),
		);
		const elapsedMs = Date.now() - started;
		const delivered = outputs.reduce((sum, output) => sum + output.items.filter((item) => item.json.clientId).length, 0);
		const allowedMs = (Math.ceil(requests / 5) - 1) * 1000;
		const sustainedPerSecond = Math.max(0, requests - 5) / (elapsedMs / 1000);
		const tokenRequests = Object.values(mock.tokens.issued).reduce((sum, count) => sum + count, 0);
		const summary =
			`Faster Forward: ${requests} requests from ${executions} concurrent executions in ${(elapsedMs / 1000).toFixed(2)} s ` +
			`(${sustainedPerSecond.toFixed(2)}/s after the first 5); the 5/s limit allows ${(allowedMs / 1000).toFixed(0)} s at best; ` +
			`${mock.counts.perSecond429} per-second 429s, ${mock.counts.daily429} daily 429s, ${tokenRequests} token request(s), ${delivered}/${requests} delivered`;
		return { name: 'fasterforward-5-per-second', requests, executions, delivered, elapsedMs, allowedMs, sustainedPerSecond, perSecond429: mock.counts.perSecond429, daily429: mock.counts.daily429, tokenRequests, summary };
	} finally {
		await mock.close();
	}
}
