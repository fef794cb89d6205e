import type { ICredentialDataDecryptedObject, IDataObject, IWebhookFunctions } from 'n8n-workflow';

export interface WebhookCall {
	method?: string;
	headers: Record<string, string>;
	rawBody: Buffer;
	query?: IDataObject;
	parameters?: IDataObject;
}

export interface FakeWebhook {
	ctx: IWebhookFunctions;
	/** The status the node answered itself (a refusal), if it did. */
	answered(): { status: number; body: unknown } | undefined;
}

/** What n8n hands a trigger's webhook(): the request as n8n parsed it, the credential, and the response object. */
export function fakeWebhookContext(credentials: ICredentialDataDecryptedObject, call: WebhookCall, nodeId = 'trigger-node-1'): FakeWebhook {
	let answer: { status: number; body: unknown } | undefined;
	const headers = Object.fromEntries(Object.entries(call.headers).map(([name, value]) => [name.toLowerCase(), value]));
	const contentType = String(headers['content-type'] ?? '').split(';')[0].trim();
	const body = contentType === 'application/json' ? (JSON.parse(call.rawBody.toString('utf8')) as IDataObject) : {};
	const response = {
		status(code: number) {
			return { json: (payload: unknown) => (answer = { status: code, body: payload }) };
		},
	};
	const ctx = {
		getCredentials: async () => ({ ...credentials }),
		getRequestObject: () => ({ method: call.method ?? 'POST', rawBody: call.rawBody, headers }),
		getResponseObject: () => response,
		getHeaderData: () => headers,
		getBodyData: () => body,
		getQueryData: () => call.query ?? {},
		getNodeParameter: (name: string, fallback?: unknown) => (call.parameters && name in call.parameters ? call.parameters[name] : fallback),
		getWorkflow: () => ({ id: 'workflow-1', name: 'security', active: true }),
		getNode: () => ({ id: nodeId, name: 'Trigger' }),
		helpers: { returnJsonArray: (data: IDataObject | IDataObject[]) => (Array.isArray(data) ? data : [data]).map((json) => ({ json })) },
	};
	return { ctx: ctx as unknown as IWebhookFunctions, answered: () => answer };
}
