import type { INodeParameters } from 'n8n-workflow';
import { FLOW_KEYS, FLOWBOX_COMPANY_ID, startFlowboxMock, type FlowboxMock } from '../../../mocks/flowbox';
import { runRealCases, type RealCase } from '../../../reliability/input/n8nRefusals';
import { connectN8n } from '../../harness/client';

/** A sample of the in-process input suite (test/unit/reliability/input) in a real n8n, against the Flowbox mock. */
const n8n = connectN8n();
let mock: FlowboxMock;
let credential: { id: string; name: string };
beforeAll(async () => {
	mock = await startFlowboxMock();
	const data = { apiKey: mock.apiKey, environment: 'custom', gatewayUrl: mock.gatewayUrl, externalApiUrl: mock.externalApiUrl };
	credential = { id: await n8n.createCredential('flowboxApi', 'flowbox mock (input)', data), name: 'flowbox mock (input)' };
});
afterAll(async () => await mock?.close());

const flowbox = (parameters: INodeParameters) => ({ name: 'Flowbox', type: 'n8n-nodes-service-pack.flowbox', parameters, credentials: { flowboxApi: credential } });
const flowKey = { __rl: true, mode: 'id', value: FLOW_KEYS.static };

test('bad input of every kind is refused in a real n8n with the field named, and Flowbox receives nothing', async () => {
	const review = { resource: 'review', operation: 'create', productId: '712400', title: 'Warm', description: 'Kept me warm', stars: 5, email: 'ann@example.com', displayName: 'Ann', locale: 'en-GB', status: 'pending', source: 'website', additionalFields: {} };
	const report = { resource: 'post', operation: 'report', flowKey, postKey: 'post-1', message: 'Spam', email: 'ann@example.com' };
	const cases: RealCase[] = [
		{ inputClass: 'wrong type', parameters: { ...review, stars: '={{ "five" }}' }, labels: ['Stars'] },
		{ inputClass: 'empty value', parameters: { ...report, postKey: '={{ "" }}' }, labels: ['Post Key'] },
		{ inputClass: 'invalid JSON', parameters: { resource: 'post', operation: 'getAll', flowKey, type: 'static', returnAll: true, options: { extraQuery: '{oops' } }, labels: ['Additional Query Parameters (JSON)'] },
		{ inputClass: 'out of range', parameters: { resource: 'feed', operation: 'getPosts', flowKey, returnAll: false, limit: 5, options: { postsPerPage: '={{ 0 }}' } }, labels: ['Posts Per Page'] },
		{ inputClass: 'invalid date', parameters: { resource: 'review', operation: 'getAll', companyId: FLOWBOX_COMPANY_ID, returnAll: true, filters: { createdAfter: '={{ "soon" }}' } }, labels: ['Created After'] },
		{ inputClass: 'unknown option', parameters: { resource: 'tag', operation: 'getAll', returnAll: true, options: { orderBy: '={{ "random" }}' } }, labels: ['Order By'] },
	];
	const result = await runRealCases('Flowbox', n8n, flowbox, () => mock.log, cases, [mock.apiKey]);
	expect(result).toEqual({ problems: [], sent: 0, leaked: 0 });
});
