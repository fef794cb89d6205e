import { wireBody } from '../../../../nodes/shared/transport/wireBody';

describe('wireBody: what the engine hands n8n, which drops empty objects', () => {
	test.each(['PATCH', 'POST', 'PUT', 'DELETE'] as const)('%s with {} sends the text {} as JSON', (method) => {
		expect(wireBody({ method, path: '/x', body: {} })).toEqual({ body: '{}', headers: { 'Content-Type': 'application/json' } });
	});

	test('an empty array goes as [] and keeps the other headers', () => {
		expect(wireBody({ method: 'POST', path: '/x', body: [], headers: { 'X-Trace': '1' } })).toEqual({ body: '[]', headers: { 'X-Trace': '1', 'Content-Type': 'application/json' } });
	});

	test('a content type the request set is kept', () => {
		const headers = { 'content-type': 'application/vnd.api+json' };
		expect(wireBody({ method: 'PATCH', path: '/x', body: {}, headers })).toEqual({ body: '{}', headers });
	});

	test.each([
		['a body with fields', { method: 'PATCH' as const, body: { a: 1 } }],
		['no body', { method: 'POST' as const, body: undefined }],
		['bytes', { method: 'POST' as const, body: Buffer.alloc(0) }],
		['a GET', { method: 'GET' as const, body: {} }],
	])('%s passes unchanged', (_label, request) => {
		const result = wireBody({ path: '/x', ...request });
		expect(result.body).toBe(request.body);
		expect(result.headers).toBeUndefined();
	});
});
