import type { MockServer } from '../shared';
import { message, type ForstaContext } from './forstaContext';
import type { GateStats } from './forstaGate';
import { responseRecord } from './seed';
import type { TokenBook } from './tokens';

/**
 * Side channel for out-of-process tests (no auth, no limits, not logged):
 * - `POST /__mock/forsta/tokens/expire` → every token issued so far stops working
 * - `POST /__mock/forsta/surveys/:surveyId/responses` `{ "count": 3 }` → adds new responses
 * - `GET  /__mock/forsta/stats` → `{ tokensIssued, throttled }`
 */
export function registerForstaControlRoutes(server: MockServer, ctx: ForstaContext, tokens: TokenBook, stats: GateStats): void {
	const control = { control: true };
	server.route('POST', '/__mock/forsta/tokens/expire', () => ({ status: 200, body: { expired: tokens.expireAll() } }), control);
	server.route(
		'POST',
		'/__mock/forsta/surveys/:surveyId/responses',
		(req) => {
			const data = ctx.state.data.get(req.params.surveyId);
			if (!data) return message(404, `Survey ${req.params.surveyId} was not found.`);
			const count = Number((req.body as { count?: unknown } | undefined)?.count ?? 1);
			if (!Number.isInteger(count) || count < 0) return message(400, 'count must be a non-negative integer');
			const added = Array.from({ length: count }, () => responseRecord(data.nextResponseId++));
			data.responses.push(...added);
			return { status: 200, body: { added: added.map((record) => record.responseid) } };
		},
		control,
	);
	server.route('GET', '/__mock/forsta/stats', () => ({ status: 200, body: { tokensIssued: tokens.issued, throttled: stats.throttled } }), control);
}
