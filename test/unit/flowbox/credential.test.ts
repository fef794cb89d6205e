import type { IHttpRequestOptions } from 'n8n-workflow';
import { FlowboxApi } from '../../../credentials/FlowboxApi.credentials';

const credential = new FlowboxApi();
const credentials = { apiKey: 'fbx_key_123456', environment: 'custom', gatewayUrl: 'http://127.0.0.1:4020/gateway', externalApiUrl: 'http://127.0.0.1:4020/external' };
const headersOf = async (request: IHttpRequestOptions) => (await credential.authenticate({ ...credentials }, request)).headers ?? {};

describe('Flowbox credential', () => {
	it('sends the key in the api-key header to the External API', async () => {
		expect(await headersOf({ url: 'http://127.0.0.1:4020/external/v2/company' })).toEqual({ 'api-key': 'fbx_key_123456' });
		// The Test button sends baseURL and url apart.
		expect(await headersOf({ baseURL: 'http://127.0.0.1:4020/external', url: '/v2/company' })).toEqual({ 'api-key': 'fbx_key_123456' });
	});

	it('keeps the key away from the gateway and from any other host or path', async () => {
		expect(await headersOf({ url: 'http://127.0.0.1:4020/gateway/public/feed/k-1' })).toEqual({});
		expect(await headersOf({ url: 'http://127.0.0.1:4020/externalish/v2/company' })).toEqual({});
		expect(await headersOf({ url: 'http://evil.example/external/v2/company' })).toEqual({});
		expect(await headersOf({ url: 'not a url' })).toEqual({});
	});

	it('defaults the External API to Flowbox production', async () => {
		const production = await credential.authenticate({ apiKey: 'fbx_key_123456' }, { url: 'https://external-api.getflowbox.com/v2/flows' });
		expect(production.headers).toEqual({ 'api-key': 'fbx_key_123456' });
	});

	it('tests the key with GET /v2/company and treats an error envelope as a refusal', () => {
		expect(credential.test.request.url).toBe('/v2/company');
		expect(credential.test.rules).toEqual([expect.objectContaining({ type: 'responseSuccessBody', properties: expect.objectContaining({ key: 'status', value: 'error' }) })]);
	});
});
