import { CONTROL_PREFIX, type MockResponse, type MockServer } from '../shared';
import type { FaultQueue } from './externalGate';
import { addPosts } from './seed';
import type { FlowboxState } from './types';

/**
 * Levers for out-of-process tests:
 * - `POST /__mock/flowbox/flows/:flowKey/posts` `{ "count": 2 }` publishes new posts (for the trigger);
 * - `POST /__mock/flowbox/faults` `{ "status": 200, "body": {...}, "headers": {...}, "times": 1 }` queues answers
 *   for the next requests (default: a 200 `{status:"error"}`);
 * - `GET /__mock/flowbox/reports` lists reported posts; `GET /__mock/flowbox/reviews/:id` reads a review.
 */
export function registerFlowboxControlRoutes(server: MockServer, state: FlowboxState, faults: FaultQueue): void {
	const control = { control: true };
	server.route(
		'POST',
		`${CONTROL_PREFIX}/flowbox/flows/:flowKey/posts`,
		(req) => {
			const count = Number((req.body as { count?: unknown } | undefined)?.count ?? 1);
			if (!state.posts.has(req.params.flowKey)) return { status: 404, body: { error: `no flow ${req.params.flowKey}` } };
			return { status: 200, body: { posts: addPosts(state, req.params.flowKey, count) } };
		},
		control,
	);
	server.route(
		'POST',
		`${CONTROL_PREFIX}/flowbox/faults`,
		(req) => {
			const spec = (req.body ?? {}) as { status?: number; body?: unknown; headers?: Record<string, string>; times?: number };
			const response: MockResponse = { status: spec.status ?? 200, body: spec.body ?? { status: 'error', message: 'Simulated failure' }, headers: spec.headers };
			faults.push(response, spec.times ?? 1);
			return { status: 200, body: { queued: spec.times ?? 1 } };
		},
		control,
	);
	server.route('GET', `${CONTROL_PREFIX}/flowbox/reports`, () => ({ status: 200, body: { reports: state.reports } }), control);
	server.route(
		'GET',
		`${CONTROL_PREFIX}/flowbox/reviews/:id`,
		(req) => {
			const review = state.reviews.find((candidate) => candidate.id === req.params.id);
			return review ? { status: 200, body: review } : { status: 404, body: { error: 'no such review' } };
		},
		control,
	);
}
