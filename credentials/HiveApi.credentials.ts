import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { instanceSharingProperties } from '../nodes/shared/credentials/instanceSharing';

export class HiveApi implements ICredentialType {
	name = 'hiveApi';

	displayName = 'Hive API';

	documentationUrl = 'https://developers.hive.app/reference/api-reference/general';

	icon = { light: 'file:../nodes/Hive/hive.svg', dark: 'file:../nodes/Hive/hive.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The Merchant API key your Hive account manager gave you. It also signs Hive\'s webhooks.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.hive.app/merchant_api/v1',
			description: 'Change only to reach a test or proxy server',
		},
		...instanceSharingProperties,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/warehouses',
		},
	};
}
