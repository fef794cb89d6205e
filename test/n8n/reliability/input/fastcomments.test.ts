import type { INodeParameters } from 'n8n-workflow';
import { startFastCommentsMock, type FastCommentsMock } from '../../../mocks/fastcomments';
import { runRealCases, type RealCase } from '../../../reliability/input/n8nRefusals';
import { connectN8n } from '../../harness/client';

/** A sample of the in-process input suite (test/unit/reliability/input) in a real n8n, against the FastComments mock. */
const n8n = connectN8n();
let mock: FastCommentsMock;
let credential: { id: string; name: string };
beforeAll(async () => {
	mock = await startFastCommentsMock();
	const data = { apiKey: mock.apiKey, tenantId: mock.tenantId, region: 'custom', baseUrl: mock.baseUrl, apiSecret: mock.apiSecret };
	credential = { id: await n8n.createCredential('fastCommentsApi', 'fastcomments (input)', data), name: 'fastcomments (input)' };
});
afterAll(async () => await mock?.close());

const node = (parameters: INodeParameters) => ({ name: 'FastComments', type: 'n8n-nodes-service-pack.fastComments', parameters, credentials: { fastCommentsApi: credential } });

test('bad input of every kind is refused in a real n8n with the field named, and FastComments receives nothing', async () => {
	const list = { resource: 'comment', operation: 'getAll', returnAll: false, limit: 5, pagination: 'flexible', options: {} };
	const cases: RealCase[] = [
		{ inputClass: 'wrong type', parameters: { ...list, options: { asTree: '={{ "yes" }}' } }, labels: ['As Tree'] },
		{ inputClass: 'empty value', parameters: { resource: 'comment', operation: 'get', id: { __rl: true, mode: 'id', value: '={{ "" }}' } }, labels: ['Comment'] },
		{ inputClass: 'invalid JSON', parameters: { resource: 'comment', operation: 'create', body: '{"comment": ', options: {} }, labels: ['Comment (JSON)'] },
		{ inputClass: 'out of range', parameters: { ...list, limit: '={{ 0 }}' }, labels: ['Limit'] },
		// int32 in openapi.json: past 2^31-1 in a query parameter, and epoch milliseconds in a body field.
		{ inputClass: 'out of range', parameters: { ...list, options: { maxTreeDepth: '={{ 2 ** 31 }}' } }, labels: ['Max Tree Depth'] },
		{ inputClass: 'out of range', parameters: { resource: 'comment', operation: 'create', body: '={{ { urlId: "a", url: "https://example.com/a", locale: "en_us", comment: "b", commenterName: "c", localDateHours: 1768473000000 } }}', options: {} }, labels: ['localDateHours'] },
		{ inputClass: 'invalid date', parameters: { ...list, options: { fromDate: '={{ "yesterday-ish" }}' } }, labels: ['From Date'] },
		{ inputClass: 'unknown option', parameters: { ...list, listOptions: { direction: '={{ "sideways" }}' } }, labels: ['Sort'] },
	];
	const result = await runRealCases('FastComments', n8n, node, () => mock.server.log, cases, [mock.apiKey, mock.apiSecret]);
	expect(result).toEqual({ problems: [], sent: 0, leaked: 0 });
});
