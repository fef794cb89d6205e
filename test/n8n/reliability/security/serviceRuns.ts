import { randomBytes } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { ServiceName } from '../../../reliability/ledger';
import { startFastCommentsMock } from '../../../mocks/fastcomments';
import { MOCK_API, startFasterForwardMock } from '../../../mocks/fasterforward';
import { startFlowboxMock } from '../../../mocks/flowbox';
import { startForstaMock } from '../../../mocks/forsta';
import { startHiveMock } from '../../../mocks/hive';
import { WorkflowRunError, type N8nClient, type NodeSpec } from '../../harness/client';
import { registerIssuedTokens } from '../../harness/issuedTokens';
import type { RequestLog } from '../../../mocks/shared/requestLog';

/** One service as the scan exercises it: its mock, a right and a wrong credential, one good and one bad call. */
interface ServiceSetup {
	credential: IDataObject;
	/** Same mock, a secret the service does not know (a random one, so it is surely registered and unique). */
	wrongCredential: IDataObject;
	succeeding: INodeParameters;
	/** What the mock received. */
	log: RequestLog;
	close(): Promise<void>;
}

export interface ScannedService {
	service: Exclude<ServiceName, 'All'>;
	credentialType: string;
	/** The node type's name after the package, e.g. "hive"; its trigger and tool twin start with it too. */
	nodeName: string;
	/** A route the service does not have, for the Custom API Call (Faster Forward: its API Request). */
	missingPath: string;
	start(n8n: N8nClient): Promise<ServiceSetup>;
}

const unknownSecret = (prefix: string) => `${prefix}-${randomBytes(12).toString('hex')}`;

export const SCANNED_SERVICES: ScannedService[] = [
	{
		service: 'Hive',
		credentialType: 'hiveApi',
		nodeName: 'hive',
		missingPath: '/no_such_route',
		async start() {
			const mock = await startHiveMock();
			const credential = { apiKey: mock.apiKey, baseUrl: mock.baseUrl };
			return { credential, wrongCredential: { ...credential, apiKey: unknownSecret('hive') }, succeeding: { resource: 'warehouse', operation: 'getAll', returnAll: true }, log: mock.log, close: () => mock.close() };
		},
	},
	{
		service: 'FastComments',
		credentialType: 'fastCommentsApi',
		nodeName: 'fastComments',
		missingPath: '/api/v1/no-such-route',
		async start() {
			const mock = await startFastCommentsMock();
			const credential = { apiKey: mock.apiKey, tenantId: mock.tenantId, region: 'custom', baseUrl: mock.baseUrl, apiSecret: mock.apiSecret };
			const wrongCredential = { ...credential, apiKey: unknownSecret('fc'), apiSecret: unknownSecret('fcs') };
			return { credential, wrongCredential, succeeding: { resource: 'emailTemplate', operation: 'getAll', returnAll: true }, log: mock.server.log, close: () => mock.close() };
		},
	},
	{
		service: 'Forsta',
		credentialType: 'forstaApi',
		nodeName: 'forsta',
		missingPath: '/v1/no-such-route',
		async start(n8n) {
			const mock = await startForstaMock();
			registerIssuedTokens(n8n, 'forstaApi', mock.tokens, 'grant');
			const credential = { site: 'custom', apiUrl: mock.url, identityUrl: mock.url, clientId: mock.clientId, clientSecret: mock.clientSecret, scope: 'pub.surveys pub.hubs' };
			const succeeding = { resource: 'survey', operation: 'getAll', returnAll: false, limit: 3, filters: {} };
			return { credential, wrongCredential: { ...credential, clientSecret: unknownSecret('fs') }, succeeding, log: mock.log, close: () => mock.close() };
		},
	},
	{
		service: 'Flowbox',
		credentialType: 'flowboxApi',
		nodeName: 'flowbox',
		missingPath: '/v2/no-such-route',
		async start() {
			const mock = await startFlowboxMock();
			const credential = { apiKey: mock.apiKey, environment: 'custom', gatewayUrl: mock.gatewayUrl, externalApiUrl: mock.externalApiUrl };
			return { credential, wrongCredential: { ...credential, apiKey: unknownSecret('fbx') }, succeeding: { resource: 'company', operation: 'get' }, log: mock.log, close: () => mock.close() };
		},
	},
	{
		service: 'Faster Forward',
		credentialType: 'fasterForwardApi',
		nodeName: 'fasterForward',
		missingPath: `${MOCK_API}/no-such-route`,
		async start(n8n) {
			const mock = await startFasterForwardMock();
			registerIssuedTokens(n8n, 'fasterForwardApi', mock.tokens, 'issue');
			const { clientId, clientSecret } = mock.client;
			const credential = { domain: mock.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: 'dossiers', clientAuthentication: 'body' };
			// The wrong secret goes in a Basic header, so its base64 form is looked for in earnest.
			const wrongCredential = { ...credential, clientSecret: unknownSecret('ff'), clientAuthentication: 'basic' };
			const succeeding = { resource: 'apiRequest', operation: 'send', method: 'GET', path: `${MOCK_API}/records`, query: '{}', paging: 'none' };
			return { credential, wrongCredential, succeeding, log: mock.log, close: () => mock.close() };
		},
	},
];

/** The Custom API Call (Faster Forward: its API Request) to the route the service lacks. */
export function customCall(service: ScannedService, method = 'GET', extra: INodeParameters = {}): INodeParameters {
	const call = service.service === 'Faster Forward' ? { resource: 'apiRequest', operation: 'send' } : { resource: 'customApiCall', operation: 'call' };
	return { ...call, method, path: service.missingPath, query: '{}', paging: 'none', ...extra };
}

export interface OwnRuns {
	succeeded: number;
	/** Runs that ended in an error, or emitted error items (Continue On Fail). */
	failed: number;
}

/**
 * Runs, for one service, what the scan needs to have seen even when it runs alone: a call that works, the wrong
 * secret failing the workflow, the wrong secret with Continue On Fail (error items in the output), a route the
 * service lacks, and the credential Test with the wrong secret.
 */
export async function runOwnWorkflows(n8n: N8nClient, service: ScannedService): Promise<OwnRuns> {
	const setup = await service.start(n8n);
	try {
		const nodeType = `${n8n.info.packageName}.${service.nodeName}`;
		const right = { id: await n8n.createCredential(service.credentialType, `scan ${service.service}`, setup.credential), name: `scan ${service.service}` };
		const wrong = { id: await n8n.createCredential(service.credentialType, `scan ${service.service} wrong`, setup.wrongCredential), name: `scan ${service.service} wrong` };
		const node = (parameters: INodeParameters, credential: { id: string; name: string }, extra: Partial<NodeSpec> = {}): NodeSpec => ({
			name: service.service,
			type: nodeType,
			parameters,
			credentials: { [service.credentialType]: credential },
			...extra,
		});
		const continuing = { onError: 'continueRegularOutput' as const };
		const runs = { succeeded: 0, failed: 0 };

		const good = await n8n.runWorkflow([node(setup.succeeding, right)]);
		if (good.length === 0 || good.some((item) => item.error)) throw new Error(`${service.service}: the succeeding call emitted ${JSON.stringify(good).slice(0, 300)}`);
		runs.succeeded++;

		const failure = await n8n.runWorkflow([node(setup.succeeding, wrong)]).then(
			() => undefined,
			(error: unknown) => error,
		);
		if (!(failure instanceof WorkflowRunError)) throw new Error(`${service.service}: the wrong secret did not fail the workflow (${String(failure)})`);
		runs.failed++;

		for (const [parameters, credential] of [
			[setup.succeeding, wrong],
			[customCall(service), right],
		] as const) {
			const items = await n8n.runWorkflow([node(parameters, credential, continuing)]);
			if (!items.some((item) => item.error)) throw new Error(`${service.service}: expected error items, got ${JSON.stringify(items).slice(0, 300)}`);
			runs.failed++;
		}

		const test = await n8n.testCredential(wrong.id);
		if (test.status !== 'Error') throw new Error(`${service.service}: the credential Test passed with a wrong secret`);
		return runs;
	} finally {
		await setup.close();
	}
}
