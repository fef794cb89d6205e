import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';
import { FasterForwardApi } from '../../../credentials/FasterForwardApi.credentials';
import { fasterForwardResources } from '../../../nodes/FasterForward/actions';
import { fasterForwardProfile } from '../../../nodes/FasterForward/fasterForwardProfile';
import { resetTokenStore } from '../../../nodes/shared/auth/tokens';
import { runOperations } from '../../../nodes/shared/operations/router';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { fakeContext, type FakeContextOptions } from '../../helpers/fakeContext';
import { startFasterForwardMock, type FasterForwardMock, type FasterForwardMockOptions } from '../../mocks/fasterforward';

export function ffCredentials(mock: FasterForwardMock, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	const { clientId, clientSecret } = mock.client;
	return { domain: mock.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: '', clientAuthentication: 'body', accessToken: '', ...overrides };
}

export interface Document {
	data: Buffer;
	fileName?: string;
	mimeType?: string;
}

export interface FfRunOptions extends FakeContextOptions {
	/** Binary properties of each input item. */
	binaries?: Array<Record<string, Document>>;
}

/** Runs the node's execute() through the credential's real `authenticate` (the token from the engine's store). */
export async function runFasterForward(mock: FasterForwardMock, parameters: FakeContextOptions['parameters'], options: FfRunOptions = {}) {
	const credentials = options.credentials ?? ffCredentials(mock);
	const { ctx, sent } = fakeContext({ ...options, parameters, credentialType: 'fasterForwardApi', credentials, authenticate: (_c, request) => request });
	const credential = new FasterForwardApi();
	const helpers = ctx.helpers as unknown as Record<string, unknown>;
	const send = ctx.helpers.httpRequestWithAuthentication;
	helpers.httpRequestWithAuthentication = async (type: string, request: IHttpRequestOptions) => {
		const authed = await credential.authenticate({ ...credentials }, request);
		// n8n turns `auth` into a Basic header; the shared fake context does not, so it is done here.
		const basic = authed.auth && { Authorization: `Basic ${Buffer.from(`${authed.auth.username}:${authed.auth.password}`).toString('base64')}` };
		return await send.call(ctx, type, basic ? { ...authed, auth: undefined, headers: { ...authed.headers, ...basic } } : authed);
	};
	const binaryOf = (itemIndex: number, property: string): Document => {
		const found = options.binaries?.[itemIndex]?.[property];
		if (!found) throw new Error(`No binary data property "${property}" exists on item ${itemIndex}`);
		return found;
	};
	helpers.assertBinaryData = (itemIndex: number, property: string) => ({ ...binaryOf(itemIndex, property), data: '' });
	helpers.getBinaryDataBuffer = async (itemIndex: number, property: string) => binaryOf(itemIndex, property).data;
	const [items] = (await runOperations(ctx, fasterForwardResources, fasterForwardProfile)) as INodeExecutionData[][];
	return { items, sent };
}

/** One mock per test file; every test starts with no tokens, an empty throttle and fresh mock counters. */
export function useFasterForwardMock(options: FasterForwardMockOptions = {}): { mock: FasterForwardMock } {
	const holder = {} as { mock: FasterForwardMock };
	beforeAll(async () => {
		holder.mock = await startFasterForwardMock(options);
	});
	beforeEach(() => {
		holder.mock.reset();
		resetTokenStore();
		resetThrottles();
	});
	afterAll(() => holder.mock.close());
	return holder;
}

export const apiRequest = (extra: IDataObject): IDataObject => ({ resource: 'apiRequest', operation: 'send', method: 'GET', query: '{}', paging: 'none', ...extra });
