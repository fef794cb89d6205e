import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { instanceSharingProperties } from '../nodes/shared/credentials/instanceSharing';

/** Whether a request goes to the External API (the only Flowbox API that takes the key). */
function isExternalApiRequest(credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions): boolean {
	try {
		const base = new URL(String(credentials.externalApiUrl || 'https://external-api.getflowbox.com'));
		// Like the HTTP client: a relative url is appended to baseURL (the Test button sends them apart).
		const absolute = /^[a-z][a-z0-9+.-]*:/i.test(request.url) || !request.baseURL;
		const target = new URL(absolute ? request.url : `${String(request.baseURL).replace(/\/+$/, '')}/${request.url.replace(/^\/+/, '')}`);
		const basePath = base.pathname.replace(/\/+$/, '');
		return target.origin === base.origin && (target.pathname === basePath || target.pathname.startsWith(`${basePath}/`));
	} catch {
		return false;
	}
}

export class FlowboxApi implements ICredentialType {
	name = 'flowboxApi';

	displayName = 'Flowbox API';

	documentationUrl = 'https://developers.getflowbox.com/api/';

	icon = { light: 'file:../nodes/Flowbox/flowbox.svg', dark: 'file:../nodes/Flowbox/flowbox.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The External API key your Flowbox customer success manager gave you, sent in the api-key header',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Production', value: 'production', description: 'https://gateway.getflowbox.com' },
				{ name: 'Sandbox', value: 'sandbox', description: 'https://api.sandbox.flbx.io' },
				{ name: 'Custom', value: 'custom', description: 'Another gateway URL (a proxy or a test server)' },
			],
			default: 'production',
			description: 'Where the public feed (Feed resource and Flowbox Trigger) is read from',
		},
		{
			displayName: 'Gateway URL',
			name: 'gatewayUrl',
			type: 'string',
			default: '',
			placeholder: 'https://gateway.example.com',
			required: true,
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'External API URL',
			name: 'externalApiUrl',
			type: 'string',
			default: 'https://external-api.getflowbox.com',
			description: 'Change only to reach a proxy or a test server',
		},
		...instanceSharingProperties,
	];

	/** The key goes only to the External API: the public feed needs none, so it never leaves for the gateway. */
	authenticate = async (credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions): Promise<IHttpRequestOptions> => {
		if (!isExternalApiRequest(credentials, request)) return request;
		return { ...request, headers: { ...(request.headers ?? {}), 'api-key': String(credentials.apiKey ?? '') } };
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{($credentials.externalApiUrl || "https://external-api.getflowbox.com").replace(/\\/+$/, "")}}',
			url: '/v2/company',
		},
		rules: [{ type: 'responseSuccessBody', properties: { key: 'status', value: 'error', message: 'Flowbox refused the API key' } }],
	};
}
