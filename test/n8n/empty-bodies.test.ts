import type { INodeParameters } from 'n8n-workflow';
import { fastCommentsCatalog } from '../../nodes/FastComments/actions';
import requestSchemas from '../../nodes/FastComments/spec/requestSchemas.json';
import { openApiToZod, type OpenApiSchema } from '../../nodes/shared/input/openApiSchema';
import type { LogEntry } from '../mocks/shared/requestLog';
import { sampleParameters } from '../unit/fastcomments/sampleParameters';
import { connectN8n, type NodeSpec } from './harness/client';
import { customCall, SCANNED_SERVICES } from './reliability/security/serviceRuns';

/**
 * n8n's request helper drops a body that is an empty object, yet `{}` is the body fields' default and a complete
 * (often required) body. What the mocks received is checked byte for byte, in the n8n our users run.
 */
const n8n = connectN8n();

const EMPTY_JSON_ON_THE_WIRE = { bytes: 2, body: {}, contentType: expect.stringMatching(/^application\/json/) };

function onTheWire(entries: readonly LogEntry[]) {
	return entries.map((entry) => ({ bytes: entry.bodyBytes, body: entry.body, contentType: entry.headers['content-type'] }));
}

async function runOnce(service: (typeof SCANNED_SERVICES)[number], parameters: INodeParameters, setup: { credentialId: string }): Promise<void> {
	const node: NodeSpec = {
		name: service.service,
		type: `${n8n.info.packageName}.${service.nodeName}`,
		parameters,
		credentials: { [service.credentialType]: { id: setup.credentialId, name: `empty body ${service.service}` } },
		onError: 'continueRegularOutput',
	};
	await n8n.runWorkflow([node]);
}

describe.each(SCANNED_SERVICES.map((service) => [service.service, service] as const))('%s', (_name, service) => {
	test.each(['PATCH', 'POST', 'PUT'])('the custom call sends a {} body as {} (%s)', async (method) => {
		const setup = await service.start(n8n);
		try {
			const credentialId = await n8n.createCredential(service.credentialType, `empty body ${service.service}`, setup.credential);
			const before = setup.log.lastSeq;
			await runOnce(service, customCall(service, method, { body: '{}' }), { credentialId });
			const calls = setup.log.since(before).filter((entry) => entry.method === method && entry.path.endsWith(service.missingPath));
			expect(calls.length).toBeGreaterThan(0);
			expect(onTheWire(calls)).toEqual(calls.map(() => EMPTY_JSON_ON_THE_WIRE));
		} finally {
			await setup.close();
		}
	});
});

describe('FastComments operations whose spec accepts an empty body', () => {
	const fastComments = SCANNED_SERVICES.find((service) => service.service === 'FastComments');
	const schemas = requestSchemas.schemas as Record<string, OpenApiSchema>;
	const bodies = requestSchemas.bodies as Record<string, OpenApiSchema>;
	const accepting = fastCommentsCatalog
		.flatMap((entry) => entry.operations.map((spec) => ({ resource: entry.value, spec })))
		.filter(({ spec }) => spec.body && openApiToZod(bodies[spec.operationId], schemas).safeParse({}).success);

	test('include the 19 the outside check found sending no body', () => {
		expect(accepting.map(({ spec }) => spec.operationId)).toEqual(
			expect.arrayContaining(['UpdateComment', 'BlockUserFromComment', 'UnBlockUserFromComment', 'PatchDomainConfig', 'UpdateEmailTemplate', 'CreateFeedPost', 'UpdateModerator', 'UpdateNotification', 'PatchPage', 'UpdateQuestionConfig', 'UpdateQuestionResult', 'PatchSSOUser', 'PutSSOUser', 'UpdateSubscription', 'UpdateTenant', 'UpdateTenantPackage', 'UpdateTenantUser', 'UpdateUserBadge', 'PatchHashTag']),
		);
	});

	test('each sends exactly {} with a JSON content type', async () => {
		if (!fastComments) throw new Error('FastComments is not among the scanned services');
		const setup = await fastComments.start(n8n);
		try {
			const credentialId = await n8n.createCredential(fastComments.credentialType, 'empty body FastComments', setup.credential);
			const seen: Record<string, unknown> = {};
			for (const { resource, spec } of accepting) {
				const before = setup.log.lastSeq;
				await runOnce(fastComments, { ...(sampleParameters(resource, spec) as INodeParameters), body: '{}' }, { credentialId });
				const calls = setup.log.since(before).filter((entry) => entry.method === spec.method);
				seen[spec.operationId] = calls.length ? onTheWire(calls) : 'nothing sent';
			}
			const expected = Object.fromEntries(accepting.map(({ spec }) => [spec.operationId, [EMPTY_JSON_ON_THE_WIRE]]));
			expect(seen).toEqual(expected);
		} finally {
			await setup.close();
		}
	});
});
