import type { INodeParameters } from 'n8n-workflow';
import { MOCK_API, startFasterForwardMock, type FasterForwardMock } from '../../../mocks/fasterforward';
import { runRealCases, type RealCase } from '../../../reliability/input/n8nRefusals';
import { connectN8n } from '../../harness/client';

/** A sample of the in-process input suite (test/unit/reliability/input) in a real n8n, against the Faster Forward mock. */
const n8n = connectN8n();
let mock: FasterForwardMock;
let credential: { id: string; name: string };
beforeAll(async () => {
	mock = await startFasterForwardMock();
	const { clientId, clientSecret } = mock.client;
	const data = { domain: mock.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: 'dossiers', clientAuthentication: 'body' };
	credential = { id: await n8n.createCredential('fasterForwardApi', 'ff mock (input)', data), name: 'ff mock (input)' };
});
afterAll(async () => await mock?.close());

const node = (parameters: INodeParameters) => ({ name: 'Faster Forward', type: 'n8n-nodes-service-pack.fasterForward', parameters, credentials: { fasterForwardApi: credential } });

test('bad input of every kind is refused in a real n8n with the field named, and Faster Forward receives nothing, not even a token request', async () => {
	const send = { resource: 'apiRequest', operation: 'send', method: 'GET', path: `${MOCK_API}/whoami`, query: '{}', paging: 'none' };
	const pages = { ...send, path: `${MOCK_API}/records`, paging: 'pageNumber', itemsPath: 'data', pageParam: 'page', firstPage: 1, pageSizeParam: 'pageSize', pageSize: 100, pageCountPath: '', returnAll: true };
	const upload = { resource: 'document', operation: 'upload', method: 'POST', path: `${MOCK_API}/documents`, metadata: '{}' };
	const cases: RealCase[] = [
		{ inputClass: 'wrong type', parameters: { ...send, query: '={{ 5 }}' }, labels: ['Query Parameters (JSON)'] },
		{ inputClass: 'empty value', parameters: { ...send, path: '={{ "  " }}' }, labels: ['Path'] },
		{ inputClass: 'invalid JSON', parameters: { ...send, method: 'POST', body: '{"a":' }, labels: ['Body (JSON)'] },
		{ inputClass: 'out of range', parameters: { ...pages, pageSize: '={{ 0 }}' }, labels: ['Page Size'] },
		{ inputClass: 'unknown option', parameters: { ...send, paging: '={{ "cursor" }}' }, labels: ['Paging'] },
		// The input items of the run carry no binary data: the field that points at one is named.
		{ inputClass: 'missing document', parameters: { ...upload, documents: { document: [{ binaryProperty: 'scan', contentField: 'document' }] } }, labels: ['Binary Property'] },
	];
	const result = await runRealCases('Faster Forward', n8n, node, () => mock.log, cases, [mock.client.clientSecret]);
	expect(result).toEqual({ problems: [], sent: 0, leaked: 0 });
});
