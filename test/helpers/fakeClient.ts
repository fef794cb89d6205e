import { WaitLog } from '../../nodes/shared/throttle/waitLog';
import type { ApiClient } from '../../nodes/shared/transport/apiClient';
import type { ApiRequest, ApiResponse } from '../../nodes/shared/transport/types';

export interface FakeClient extends ApiClient {
	sent: ApiRequest[];
}

/** An ApiClient without HTTP: `respond` turns each request into a response body (or a full response). */
export function fakeClient(respond: (request: ApiRequest, index: number) => unknown, options: { maxRequests?: number } = {}): FakeClient {
	const sent: ApiRequest[] = [];
	const maxRequests = options.maxRequests ?? 1_000;
	return {
		secrets: [],
		waits: new WaitLog(),
		sent,
		async send(request) {
			sent.push(request);
			if (sent.length > maxRequests) throw new Error(`more than ${maxRequests} requests: paging does not stop`);
			const answer = respond(request, sent.length - 1);
			const full = answer as Partial<ApiResponse>;
			if (full && typeof full === 'object' && 'statusCode' in full && 'body' in full) return full as ApiResponse;
			return { statusCode: 200, headers: {}, body: answer };
		},
		problem: (_request, message) => new Error(message),
	};
}
