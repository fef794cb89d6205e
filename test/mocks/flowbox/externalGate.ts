import type { Middleware, MockResponse } from '../shared';
import { EXTERNAL_PREFIX } from './constants';
import { failure } from './responses';

/** Answers queued by a test for the next API requests (a 200 `{status:"error"}`, a 429, a 500…). */
export class FaultQueue {
	private queue: MockResponse[] = [];

	push(response: MockResponse, times = 1): void {
		for (let i = 0; i < times; i++) this.queue.push(response);
	}

	take(): MockResponse | undefined {
		return this.queue.shift();
	}

	clear(): void {
		this.queue = [];
	}
}

/** Queued faults first (both APIs), then the `api-key` header on the External API. */
export function flowboxGate(apiKey: string, faults: FaultQueue): Middleware {
	return async (req, next) => {
		const fault = faults.take();
		if (fault) return fault;
		if (req.path.startsWith(`${EXTERNAL_PREFIX}/`) && req.headers['api-key'] !== apiKey) {
			return failure(401, 'Invalid or missing api-key');
		}
		return next();
	};
}
