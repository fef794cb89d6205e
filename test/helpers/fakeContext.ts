import axios, { type AxiosRequestConfig } from 'axios';
import {
	NodeApiError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type IPairedItemData,
	type JsonObject,
} from 'n8n-workflow';
import { stringify } from 'qs';

/**
 * How a network fault reaches the node. `n8n` is what n8n 2.8 does: `new NodeApiError(node, axiosError)`, which
 * keeps the error code in `httpCode` but drops the axios error (its `cause` ends up undefined). `cause` is the
 * same NodeApiError with the axios error (code, config with the Authorization header) kept as `cause`.
 */
export type NetworkErrorShape = 'n8n' | 'cause';

export interface FakeContextOptions {
	credentialType?: string;
	credentials?: ICredentialDataDecryptedObject;
	/** Applies the credential to a request; by default `Authorization: Bearer <apiKey>`, like a generic credential. */
	authenticate?(credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions): IHttpRequestOptions;
	/** Input items' JSON. */
	items?: IDataObject[];
	/** Node parameters, for every item or per item index. */
	parameters?: Record<string, unknown> | ((itemIndex: number) => Record<string, unknown>);
	continueOnFail?: boolean;
	cancelSignal?: AbortSignal;
	networkErrors?: NetworkErrorShape;
	/** Caps every request's timeout, so a test of "a response that hangs past the timeout" takes milliseconds. */
	timeoutCapMs?: number;
}

export interface FakeContext {
	ctx: IExecuteFunctions;
	node: INode;
	/** Every request handed to httpRequestWithAuthentication, after the credential was applied. */
	sent: IHttpRequestOptions[];
}

export const TEST_NODE: INode = {
	id: '6f1c1e0e-0000-4000-8000-000000000001',
	name: 'Service',
	type: 'n8n-nodes-service-pack.service',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

const bearer = (credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions): IHttpRequestOptions => ({
	...request,
	headers: { ...(request.headers ?? {}), Authorization: `Bearer ${String(credentials.apiKey)}` },
});

function isEmptyBody(body: unknown): boolean {
	if (body === undefined || body === null || body === '') return true;
	return typeof body === 'object' && !Buffer.isBuffer(body) && Object.keys(body).length === 0;
}

function hasHeader(headers: Record<string, unknown>, name: string): boolean {
	return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/** One axios instance with the defaults n8n-core sets globally. */
const client = axios.create({ timeout: 300_000, proxy: false });

/** n8n-core's httpRequest: the n8n options turned into an axios request, the same way. */
async function httpRequest(options: IHttpRequestOptions): Promise<unknown> {
	const headers: Record<string, unknown> = { ...(options.headers ?? {}) };
	const config: AxiosRequestConfig = {
		method: options.method ?? 'GET',
		url: options.url,
		timeout: options.timeout,
		params: options.qs,
		signal: options.abortSignal,
		paramsSerializer: { serialize: (params) => stringify(params, { arrayFormat: options.arrayFormat ?? 'indices' }) },
	};
	if (options.encoding !== undefined) config.responseType = options.encoding as AxiosRequestConfig['responseType'];
	const { body } = options;
	if (typeof body === 'string' || (body && typeof body === 'object' && !isEmptyBody(body))) config.data = body;
	if (options.json && !hasHeader(headers, 'accept')) headers.Accept = 'application/json';
	if (!hasHeader(headers, 'user-agent')) headers['User-Agent'] = 'n8n';
	config.headers = headers as AxiosRequestConfig['headers'];
	if (options.ignoreHttpStatusErrors) config.validateStatus = () => true;
	if (config.data === undefined || String(config.method).toUpperCase() === 'GET') delete config.data;
	const result = await client.request(config);
	if (options.returnFullResponse) {
		return { body: result.data, headers: result.headers, statusCode: result.status, statusMessage: result.statusText };
	}
	return result.data;
}

/** An IExecuteFunctions good enough for the shared engine, sending real HTTP through axios. */
export function fakeContext(options: FakeContextOptions = {}): FakeContext {
	const credentialType = options.credentialType ?? 'testApi';
	const credentials = options.credentials ?? { apiKey: 'test-api-key-0000', baseUrl: 'http://127.0.0.1:9' };
	const authenticate = options.authenticate ?? bearer;
	const items = (options.items ?? [{}]).map((json): INodeExecutionData => ({ json }));
	const node = { ...TEST_NODE };
	const sent: IHttpRequestOptions[] = [];

	const parametersFor = (itemIndex: number): Record<string, unknown> =>
		typeof options.parameters === 'function' ? options.parameters(itemIndex) : (options.parameters ?? {});

	const getNodeParameter = (name: string, itemIndex: number, fallback?: unknown, extra?: { extractValue?: boolean }) => {
		const parameters = parametersFor(itemIndex);
		if (!(name in parameters)) {
			if (fallback !== undefined) return fallback;
			throw new Error(`Could not get parameter "${name}"`);
		}
		const value = parameters[name];
		if (extra?.extractValue && value && typeof value === 'object' && (value as IDataObject).__rl === true) {
			return (value as IDataObject).value;
		}
		return value;
	};

	async function httpRequestWithAuthentication(type: string, request: IHttpRequestOptions): Promise<unknown> {
		if (type !== credentialType) throw new Error(`This node has no credential of type "${type}"`);
		const prepared: IHttpRequestOptions = { ...request };
		const method = prepared.method ?? 'GET';
		if (['GET', 'HEAD', 'OPTIONS'].includes(method) && isEmptyBody(prepared.body)) delete prepared.body;
		if (options.cancelSignal) prepared.abortSignal = options.cancelSignal;
		if (options.timeoutCapMs !== undefined) prepared.timeout = Math.min(prepared.timeout ?? options.timeoutCapMs, options.timeoutCapMs);
		const authed = authenticate({ ...credentials }, prepared);
		sent.push(authed);
		try {
			return await httpRequest(authed);
		} catch (error) {
			const wrapped = new NodeApiError(node, error as JsonObject);
			if (options.networkErrors === 'cause') wrapped.cause = error as Error;
			throw wrapped;
		}
	}

	const ctx = {
		getNode: () => node,
		getCredentials: async (type: string) => {
			if (type !== credentialType) throw new Error(`This node has no credential of type "${type}"`);
			return { ...credentials };
		},
		getInputData: () => items,
		getNodeParameter,
		continueOnFail: () => options.continueOnFail ?? false,
		getExecutionCancelSignal: () => options.cancelSignal,
		helpers: {
			httpRequestWithAuthentication,
			returnJsonArray(data: IDataObject | IDataObject[]): INodeExecutionData[] {
				const list = Array.isArray(data) ? data : [data];
				return list.map((entry) => (entry && typeof entry.json === 'object' ? ({ ...entry, json: entry.json } as INodeExecutionData) : { json: entry }));
			},
			constructExecutionMetaData(rows: INodeExecutionData[], meta: { itemData: IPairedItemData | IPairedItemData[] }) {
				return rows.map(({ json, ...rest }) => ({ json, pairedItem: meta.itemData, ...rest }));
			},
		},
	};
	return { ctx: ctx as unknown as IExecuteFunctions, node, sent };
}
