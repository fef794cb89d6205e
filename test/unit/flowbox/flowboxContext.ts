import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions, IPollFunctions } from 'n8n-workflow';
import { FlowboxApi } from '../../../credentials/FlowboxApi.credentials';
import { flowboxResources } from '../../../nodes/Flowbox/actions';
import { flowboxProfile } from '../../../nodes/Flowbox/flowboxProfile';
import { runOperations } from '../../../nodes/shared/operations/router';
import { fakeContext, type FakeContext, type FakeContextOptions } from '../../helpers/fakeContext';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { startFlowboxMock, type FlowboxMock, type FlowboxMockOptions } from '../../mocks/flowbox';

export function flowboxCredentials(mock: FlowboxMock, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return { apiKey: mock.apiKey, environment: 'custom', gatewayUrl: mock.gatewayUrl, externalApiUrl: mock.externalApiUrl, ...overrides };
}

/** A fake n8n context whose requests go through the Flowbox credential's own `authenticate`. */
export function flowboxContext(mock: FlowboxMock, options: FakeContextOptions = {}): FakeContext {
	const credentials = options.credentials ?? flowboxCredentials(mock);
	const fake = fakeContext({ ...options, credentialType: 'flowboxApi', credentials, authenticate: (_credentials, request) => request });
	const send = fake.ctx.helpers.httpRequestWithAuthentication;
	const credential = new FlowboxApi();
	fake.ctx.helpers.httpRequestWithAuthentication = async function (this: unknown, type: string, request: IHttpRequestOptions) {
		return await send.call(this as never, type, await credential.authenticate({ ...credentials }, request));
	};
	return fake;
}

/** Runs the Flowbox node's execute() with these parameters; returns the output items and what was sent. */
export async function runFlowbox(mock: FlowboxMock, parameters: Record<string, unknown> | ((itemIndex: number) => Record<string, unknown>), options: FakeContextOptions = {}) {
	const fake = flowboxContext(mock, { ...options, parameters });
	const [items] = await runOperations(fake.ctx, flowboxResources, flowboxProfile);
	return { items, sent: fake.sent };
}

/** The poll side of n8n: parameters without an item index, the mode, and the node's static data. */
export function pollContext(mock: FlowboxMock, parameters: Record<string, unknown>, staticData: IDataObject, mode: 'trigger' | 'manual' = 'trigger') {
	const fake = flowboxContext(mock);
	const ctx = {
		getNode: fake.ctx.getNode,
		getCredentials: fake.ctx.getCredentials,
		getMode: () => mode,
		getWorkflowStaticData: () => staticData,
		getNodeParameter(name: string, fallback?: unknown, extra?: { extractValue?: boolean }) {
			const value = name in parameters ? parameters[name] : fallback;
			if (extra?.extractValue && value && typeof value === 'object' && (value as IDataObject).__rl) return (value as IDataObject).value;
			return value;
		},
		helpers: { httpRequestWithAuthentication: fake.ctx.helpers.httpRequestWithAuthentication, returnJsonArray: fake.ctx.helpers.returnJsonArray },
	};
	return { ctx: ctx as unknown as IPollFunctions, sent: fake.sent };
}

export const flowRef = (value: string) => ({ __rl: true, mode: 'id', value });

/** One Flowbox mock for a test file: fresh data and an empty throttle for every test. */
export function useFlowboxMock(options: FlowboxMockOptions = {}): { mock: FlowboxMock } {
	const holder = {} as { mock: FlowboxMock };
	beforeAll(async () => {
		holder.mock = await startFlowboxMock(options);
	});
	beforeEach(() => holder.mock.reset());
	afterEach(() => resetThrottles());
	afterAll(() => holder.mock.close());
	return holder;
}
