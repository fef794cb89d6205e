import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { authenticateWithBearer } from '../nodes/shared/auth/bearer';
import { preAuthenticate } from '../nodes/shared/auth/preAuthentication';
import { forstaTokenFlow } from '../nodes/Forsta/forstaAuth';
import { FORSTA_SITES } from '../nodes/Forsta/forstaHosts';
import { instanceSharingProperties } from '../nodes/shared/credentials/instanceSharing';

const customOnly = { show: { site: ['custom'] } };

export class ForstaApi implements ICredentialType {
	name = 'forstaApi';

	displayName = 'Forsta Surveys API';

	documentationUrl = 'https://horizons.confirmit.eu/docs/public-apis/current/getting-started/index.html';

	icon = { light: 'file:../nodes/Forsta/forsta.svg', dark: 'file:../nodes/Forsta/forsta.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Site',
			name: 'site',
			type: 'options',
			options: FORSTA_SITES.map(({ name, value }) => ({ name, value })),
			default: 'euro',
			description: 'The Forsta (Confirmit) installation your account lives on',
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'string',
			default: '',
			placeholder: 'https://ws.example.confirmit.com',
			displayOptions: customOnly,
			description: 'Base URL of the public API, without /v1',
		},
		{
			displayName: 'Identity Server URL',
			name: 'identityUrl',
			type: 'string',
			default: '',
			placeholder: 'https://idp.example.confirmit.com',
			displayOptions: customOnly,
			description: 'Base URL of the identity server that issues tokens, without /identity/connect/token',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'The client ID Forsta support gave you',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Scopes',
			name: 'scope',
			type: 'string',
			default: 'pub.surveys',
			description: 'Space-separated: pub.surveys for the Surveys API, pub.hubs for the Hubs API, both for both',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		...instanceSharingProperties,
	];

	/** n8n calls this when the saved token is empty or refused, and on the Test button: the engine's token, or a new one. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		return await preAuthenticate(this, forstaTokenFlow, credentials);
	}

	/** The token the node engine keeps for this credential (cached until shortly before it expires). */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return await authenticateWithBearer(forstaTokenFlow, credentials, requestOptions);
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.site === "custom" ? $credentials.apiUrl.replace(/\\/+$/, "") : ($credentials.site === "testlab" ? "https://ws.testlab.firmglobal.net" : "https://ws." + $credentials.site + ".confirmit.com")}}',
			url: '={{(/(^|\\s)pub\\.surveys(\\s|$)/.test($credentials.scope) || !$credentials.scope.trim()) ? "/v1/surveys" : "/v1/hubs"}}',
			qs: { pageSize: 1 },
		},
	};
}
