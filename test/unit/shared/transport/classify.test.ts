import { classifyResponse } from '../../../../nodes/shared/transport/classify';
import type { ApiResponse } from '../../../../nodes/shared/transport/types';
import { testProfile } from '../../../helpers/testProfile';

const NOW = Date.UTC(2025, 0, 6, 9, 0, 0);
const GET = { method: 'GET' as const, path: '/skus' };
const response = (statusCode: number, body: unknown = {}, headers: Record<string, unknown> = {}): ApiResponse => ({ statusCode, body, headers });

describe('classifyResponse', () => {
	it('passes 2xx JSON, and an empty body', () => {
		expect(classifyResponse(testProfile(), GET, response(200, { data: [] }), NOW)).toEqual({ kind: 'ok' });
		expect(classifyResponse(testProfile(), GET, response(204, ''), NOW)).toEqual({ kind: 'ok' });
	});

	it('reads a 429 with its Retry-After', () => {
		expect(classifyResponse(testProfile(), GET, response(429, {}, { 'retry-after': '3.2' }), NOW)).toEqual({ kind: 'throttled', retryAfterMs: 3_200 });
		expect(classifyResponse(testProfile(), GET, response(429), NOW)).toEqual({ kind: 'throttled', retryAfterMs: undefined });
	});

	it.each([408, 500, 502, 503, 504])('treats %d as transient', (status) => {
		expect(classifyResponse(testProfile(), GET, response(status), NOW).kind).toBe('transient');
	});

	it.each([400, 401, 403, 404, 409, 422, 501, 302])('treats %d as a failure', (status) => {
		expect(classifyResponse(testProfile(), GET, response(status), NOW).kind).toBe('failed');
	});

	it('fails a 2xx text body unless the request asked for binary', () => {
		expect(classifyResponse(testProfile(), GET, response(200, 'OK'), NOW)).toEqual({ kind: 'failed', message: 'the response was not valid JSON (it starts "OK")' });
		expect(classifyResponse(testProfile(), { ...GET, binaryResponse: true }, response(200, 'PK\u0003\u0004'), NOW)).toEqual({ kind: 'ok' });
	});

	it("lets the service profile decide first, and falls back to the rules when it returns nothing", () => {
		const profile = testProfile({
			classify: (r) => ((r.body as { status?: string }).status === 'failed' ? { kind: 'failed', message: 'said failed' } : undefined),
		});
		expect(classifyResponse(profile, GET, response(200, { status: 'failed' }), NOW)).toEqual({ kind: 'failed', message: 'said failed' });
		expect(classifyResponse(profile, GET, response(200, { status: 'success' }), NOW)).toEqual({ kind: 'ok' });
	});
});
