import { FastComments } from '../../../nodes/FastComments/FastComments.node';
import { fastCommentsCatalog } from '../../../nodes/FastComments/actions';
import { startFastCommentsMock, type FastCommentsMock } from '../../mocks/fastcomments';
import { apiOperations, PINNED_OPERATION_COUNT, PINNED_SPEC_SHA256, specMismatchMessage, specOperation, specSha256 } from '../../mocks/fastcomments/spec';
import { fastCommentsContext } from './fastCommentsContext';
import { sampleParameters } from './sampleParameters';
import { openApiToZod, type OpenApiSchema } from '../../../nodes/shared/input/openApiSchema';
import requestSchemas from '../../../nodes/FastComments/spec/requestSchemas.json';

/** Query parameters the paging strategies own; every other documented parameter must be a field. */
const PAGING_PARAMS = new Set(['skip', 'limit', 'page', 'afterId']);

const operations = fastCommentsCatalog.flatMap((entry) => entry.operations.map((spec) => ({ resource: entry.value, spec })));

let mock: FastCommentsMock;
beforeAll(async () => {
	mock = await startFastCommentsMock();
});
afterAll(async () => await mock.close());

describe('the spec the node was built against', () => {
	test('is the pinned openapi.json: a new version fails here, loudly', () => {
		if (specSha256() !== PINNED_SPEC_SHA256) throw new Error(specMismatchMessage());
		expect(apiOperations()).toHaveLength(PINNED_OPERATION_COUNT);
	});

	test('every /api/v1 operation is offered exactly once, with the spec method and path', () => {
		const offered = operations.map(({ spec }) => spec.operationId).sort();
		expect(offered).toEqual(apiOperations().map((operation) => operation.operationId).sort());
		for (const { spec } of operations) {
			const documented = specOperation(spec.operationId);
			expect(`${spec.operationId} ${spec.method} ${spec.path}`).toBe(`${spec.operationId} ${documented.method} ${documented.path}`);
		}
	});

	test.each(operations.map(({ spec }) => [spec.operationId, spec] as const))('%s offers every documented parameter', (_id, spec) => {
		const parameters = specOperation(spec.operationId)
			.parameters.filter((parameter) => parameter.name !== 'tenantId')
			.filter((parameter) => !(spec.list && PAGING_PARAMS.has(parameter.name)));
		const fields = [...(spec.pathFields ?? []).map((field) => ({ ...field, in: 'path' })), ...(spec.query ?? []).map((field) => ({ ...field, in: 'query' }))];
		expect(fields.map((field) => `${field.in}:${field.name}`).sort()).toEqual(parameters.map((parameter) => `${parameter.in}:${parameter.name}`).sort());
		// The node may require more than the spec (Delete Tenant's `sure`, which the docs require), never less.
		for (const parameter of parameters.filter((candidate) => candidate.required)) {
			expect(`${parameter.name}: ${String(fields.find((field) => field.name === parameter.name)?.required)}`).toBe(`${parameter.name}: true`);
		}
		expect(Boolean(spec.body)).toBe(Boolean(specOperation(spec.operationId).requestBody) && spec.operationId !== 'DeleteHashTag');
	});
});

describe('every request the node builds is valid against openapi.json', () => {
	test.each(operations.map(({ resource, spec }) => [`${resource}: ${spec.name}`, resource, spec] as const))('%s', async (_label, resource, spec) => {
		const before = mock.specChecks.length;
		const { ctx, sent } = fastCommentsContext(mock, { parameters: sampleParameters(resource, spec), continueOnFail: true });
		const output = await new FastComments().execute.call(ctx);
		const checks = mock.specChecks.slice(before);
		// Stateful routes may answer "not found" for sample ids; what matters is that the request was valid.
		const refusedBeforeSending = output[0].filter((item) => item.json.error && sent.length === 0);
		expect(refusedBeforeSending).toEqual([]);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) {
			expect({ url: check.url, operationId: check.operationId, errors: check.errors }).toEqual({ url: check.url, operationId: spec.operationId, errors: [] });
		}
		for (const request of sent) {
			expect(request.headers?.['X-API-KEY']).toBe(mock.apiKey);
			expect(JSON.stringify(request.qs ?? {})).not.toContain(mock.apiKey);
			expect(request.url).not.toContain(mock.apiKey);
		}
	});
});

describe('an empty JSON body, the body field\'s default', () => {
	const withBody = operations.filter(({ spec }) => spec.body);
	const acceptsEmpty = (operationId: string) =>
		openApiToZod((requestSchemas.bodies as Record<string, OpenApiSchema>)[operationId], requestSchemas.schemas as Record<string, OpenApiSchema>).safeParse({}).success;

	test('is a complete body for some operations (Block, UnBlock, CreateFeedPost, the PATCHes)', () => {
		const accepting = withBody.filter(({ spec }) => acceptsEmpty(spec.operationId)).map(({ spec }) => spec.operationId);
		expect(accepting).toEqual(expect.arrayContaining(['BlockUserFromComment', 'UnBlockUserFromComment', 'CreateFeedPost', 'PatchPage', 'UpdateTenant']));
	});

	test.each(withBody.map(({ resource, spec }) => [`${resource}: ${spec.name}`, resource, spec] as const))('%s: sent as the two bytes {} with a JSON content type, or refused before sending', async (_label, resource, spec) => {
		const before = mock.server.log.lastSeq;
		const { ctx, sent } = fastCommentsContext(mock, { parameters: { ...sampleParameters(resource, spec), body: '{}' }, continueOnFail: true });
		const output = await new FastComments().execute.call(ctx);
		const received = mock.server.log.since(before).filter((entry) => entry.path.startsWith('/api/v1/'));
		if (!acceptsEmpty(spec.operationId)) {
			expect(sent).toHaveLength(0);
			expect(String(output[0][0].json.error)).toMatch(/^The field ".+ \(JSON\)" is not valid/);
			return;
		}
		expect(received.length).toBeGreaterThan(0);
		for (const entry of received) {
			expect({ bytes: entry.bodyBytes, body: entry.body, type: entry.headers['content-type'] }).toEqual({ bytes: 2, body: {}, type: expect.stringMatching(/^application\/json/) });
		}
		const checks = mock.specChecks.filter((check) => check.operationId === spec.operationId).slice(-received.length);
		for (const check of checks) expect(check.errors).toEqual([]);
	});
});
