import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { instanceSharingProperties } from '../nodes/shared/credentials/instanceSharing';

export class FastCommentsApi implements ICredentialType {
	name = 'fastCommentsApi';

	displayName = 'FastComments API';

	documentationUrl = 'https://docs.fastcomments.com/guide-api.html';

	icon = { light: 'file:../nodes/FastComments/fastcomments.svg', dark: 'file:../nodes/FastComments/fastcomments.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'From My Account → API/SSO. Sent in the X-API-KEY header, never in a URL.',
		},
		{
			displayName: 'Tenant ID',
			name: 'tenantId',
			type: 'string',
			default: '',
			required: true,
			description: 'Shown on the same page as the API key; every request names it',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'Global (fastcomments.com)', value: 'https://fastcomments.com' },
				{ name: 'EU (eu.fastcomments.com)', value: 'https://eu.fastcomments.com' },
				{ name: 'Custom URL', value: 'custom' },
			],
			default: 'https://fastcomments.com',
			description: 'Where your tenant lives. EU tenants must use the EU host.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://fastcomments.example.com',
			description: 'Only for a proxy or test server',
			displayOptions: { show: { region: ['custom'] } },
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Needed only by the FastComments Trigger: FastComments signs every webhook call with it (X-FastComments-Signature). From My Account → API/SSO.',
		},
		...instanceSharingProperties,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { 'X-API-KEY': '={{$credentials.apiKey}}' },
			qs: { tenantId: '={{$credentials.tenantId}}' },
		},
	};

	// FastComments answers a refused key with HTTP 200 and {status: "failed"}, so the body decides.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{($credentials.region === "custom" ? $credentials.baseUrl : $credentials.region).replace(/\\/+$/, "")}}',
			url: '/api/v1/domain-configs',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'status', value: 'failed', message: 'FastComments refused the API key or the tenant ID' },
			},
		],
	};
}
