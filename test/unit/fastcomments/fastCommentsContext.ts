import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { FastCommentsApi } from '../../../credentials/FastCommentsApi.credentials';
import { fakeContext, type FakeContext, type FakeContextOptions } from '../../helpers/fakeContext';
import type { FastCommentsMock } from '../../mocks/fastcomments';

/** Resolves `={{$credentials.name}}` the way n8n does for these simple expressions. */
function resolve(value: unknown, credentials: ICredentialDataDecryptedObject): string {
	const match = /^=\{\{\s*\$credentials\.(\w+)\s*\}\}$/.exec(String(value));
	return match ? String(credentials[match[1]] ?? '') : String(value);
}

/** Applies the credential's own `authenticate` definition, so tests exercise what n8n would send. */
export function applyFastCommentsCredential(credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions): IHttpRequestOptions {
	const { properties } = new FastCommentsApi().authenticate;
	const headers = { ...(request.headers ?? {}) };
	const qs: IDataObject = { ...(request.qs ?? {}) };
	for (const [name, value] of Object.entries(properties.headers ?? {})) headers[name] = resolve(value, credentials);
	for (const [name, value] of Object.entries(properties.qs ?? {})) qs[name] = resolve(value, credentials);
	return { ...request, headers, qs };
}

export function mockCredentials(mock: FastCommentsMock): ICredentialDataDecryptedObject {
	return { apiKey: mock.apiKey, tenantId: mock.tenantId, region: 'custom', baseUrl: mock.baseUrl, apiSecret: mock.apiSecret };
}

export function fastCommentsContext(mock: FastCommentsMock, options: Omit<FakeContextOptions, 'credentialType' | 'credentials' | 'authenticate'> = {}): FakeContext {
	return fakeContext({ ...options, credentialType: 'fastCommentsApi', credentials: mockCredentials(mock), authenticate: applyFastCommentsCredential });
}
