import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiToZod } from '../../../nodes/shared/input/openApiSchema';
import { httpRequest } from '../../mocks/shared';
import { MAX_WEBHOOKS, startFastCommentsMock, type FastCommentsMock } from '../../mocks/fastcomments';
import { requestSchemasText } from '../../mocks/fastcomments/requestSchemas';

describe('the request schemas the node ships', () => {
	test('are exactly what openapi.json gives (regenerate with test/mocks/fastcomments/writeRequestSchemas.ts)', () => {
		const shipped = readFileSync(join(__dirname, '../../../nodes/FastComments/spec/requestSchemas.json'), 'utf8');
		expect(shipped).toBe(requestSchemasText());
	});

	test('openApiToZod: nullable, enums, strict objects, records, recursion through $ref', () => {
		const components = {
			Node: { type: 'object' as const, properties: { name: { type: 'string' as const }, next: { $ref: '#/components/schemas/Node' } }, required: ['name'], additionalProperties: false },
		};
		const schema = openApiToZod(
			{
				type: 'object',
				properties: {
					when: { type: 'string', nullable: true },
					dir: { type: 'string', enum: ['asc', 'desc'] },
					counts: { type: 'object', additionalProperties: { type: 'integer' } },
					chain: { $ref: '#/components/schemas/Node' },
				},
			},
			components,
		);
		expect(schema.safeParse({ when: null, dir: 'asc', counts: { a: 1 }, chain: { name: 'a', next: { name: 'b' } } }).success).toBe(true);
		expect(schema.safeParse({ dir: 'up' }).success).toBe(false);
		expect(schema.safeParse({ counts: { a: 1.5 } }).success).toBe(false);
		expect(schema.safeParse({ chain: { name: 'a', next: { name: 'b', extra: 1 } } }).success).toBe(false);
	});
});

describe('FastComments mock', () => {
	let mock: FastCommentsMock;
	beforeAll(async () => {
		mock = await startFastCommentsMock();
	});
	afterAll(async () => await mock.close());
	const get = (path: string, headers: Record<string, string> = { 'x-api-key': mock.apiKey }) => httpRequest(`${mock.baseUrl}${path}`, { headers });

	test('refuses a key in the query string, and answers a wrong key with HTTP 200 and the failed shape', async () => {
		expect((await get(`/api/v1/pages?tenantId=${mock.tenantId}&API_KEY=${mock.apiKey}`)).body).toMatchObject({ status: 'failed', code: 'api-key-in-query' });
		const wrong = await get(`/api/v1/pages?tenantId=${mock.tenantId}`, { 'x-api-key': 'nope' });
		expect([wrong.status, wrong.body]).toEqual([200, { status: 'failed', code: 'invalid-api-key', reason: 'Invalid API key' }]);
	});

	test('checks every request against openapi.json', async () => {
		const bad = await get(`/api/v1/comments?tenantId=${mock.tenantId}&asTree=maybe`);
		expect(bad.status).toBe(400);
		expect(bad.body).toMatchObject({ status: 'failed', code: 'invalid-request', reason: '/query/asTree must be boolean' });
	});

	test('enforces documented page sizes', async () => {
		const badges = await get(`/api/v1/user-badges?tenantId=${mock.tenantId}&limit=201`);
		expect(badges.body).toMatchObject({ status: 'failed', reason: 'limit must be at most 200' });
		const logs = await get(`/api/v1/audit-logs?tenantId=${mock.tenantId}`);
		expect((logs.body as { auditLogs: unknown[] }).auditLogs).toHaveLength(1000);
	});

	test(`allows ${MAX_WEBHOOKS} webhook subscriptions per tenant`, async () => {
		const post = (n: number) =>
			httpRequest(`${mock.baseUrl}/api/v1/webhooks?tenantId=${mock.tenantId}`, {
				method: 'POST',
				headers: { 'x-api-key': mock.apiKey },
				body: { url: `https://example.com/hook/${n}`, events: ['comment-created'] },
			});
		for (let n = 0; n < MAX_WEBHOOKS; n++) expect((await post(n)).body).toMatchObject({ status: 'success' });
		expect((await post(MAX_WEBHOOKS)).body).toMatchObject({ status: 'failed', code: 'too-many-webhooks' });
		mock.state.reset();
	});
});
