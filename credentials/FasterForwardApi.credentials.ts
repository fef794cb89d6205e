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
import { fasterForwardTokenFlow, isTokenEndpointRequest } from '../nodes/FasterForward/fasterForwardAuth';
import { instanceSharingProperties } from '../nodes/shared/credentials/instanceSharing';

const passwordGrant = { show: { grantType: ['password'] } };

export class FasterForwardApi implements ICredentialType {
	name = 'fasterForwardApi';

	displayName = 'Faster Forward Elements API';

	documentationUrl = 'https://www.fasterforward.nl/';

	icon = { light: 'file:../nodes/FasterForward/fasterforward.svg', dark: 'file:../nodes/FasterForward/fasterforward.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'yourcompany.example.nl',
			description: 'Your own Faster Forward Elements domain; tokens come from https://{domain}/oauth/access_token',
		},
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '', required: true },
		{ displayName: 'Client Secret', name: 'clientSecret', type: 'string', typeOptions: { password: true }, default: '', required: true },
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{ name: 'Client Credentials', value: 'clientCredentials' },
				{ name: 'Password', value: 'password', description: 'On behalf of a user, with their username and password' },
			],
			default: 'clientCredentials',
		},
		{ displayName: 'Username', name: 'username', type: 'string', default: '', displayOptions: passwordGrant },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '', displayOptions: passwordGrant },
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '', description: 'The scopes your API access was given, separated by spaces (leave empty when none were named)' },
		{
			displayName: 'Client Authentication',
			name: 'clientAuthentication',
			type: 'options',
			options: [
				{ name: 'In the Request Body', value: 'body' },
				{ name: 'As Basic Auth Header', value: 'basic' },
			],
			default: 'body',
			description: 'How the client ID and secret reach the token endpoint',
		},
		{ displayName: 'Access Token', name: 'accessToken', type: 'hidden', typeOptions: { expirable: true, password: true }, default: '' },
		...instanceSharingProperties,
	];

	/** n8n calls this when the saved token is empty or refused, and on the Test button: the engine's token, or a new one. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		return await preAuthenticate(this, fasterForwardTokenFlow, credentials);
	}

	/** The token the node engine keeps for this credential: shared by executions, refreshed before it expires. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		if (isTokenEndpointRequest(credentials, requestOptions)) return requestOptions;
		return await authenticateWithBearer(fasterForwardTokenFlow, credentials, requestOptions);
	}

	// The public documents name no endpoint but the token endpoint, so the test asks it for a token again (after
	// preAuthentication got one the engine's way), with the client's credentials where the credential puts them.
	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			url: '={{(/^[a-z][a-z0-9+.-]*:\\/\\//i.test($credentials.domain.trim()) ? "" : "https://") + $credentials.domain.trim().replace(/\\/+$/, "") + "/oauth/access_token"}}',
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Authorization: '={{$credentials.clientAuthentication === "basic" ? "Basic " + ($credentials.clientId + ":" + $credentials.clientSecret).base64Encode() : undefined}}',
			},
			body: {
				grant_type: '={{$credentials.grantType === "password" ? "password" : "client_credentials"}}',
				client_id: '={{$credentials.clientAuthentication === "basic" ? undefined : $credentials.clientId}}',
				client_secret: '={{$credentials.clientAuthentication === "basic" ? undefined : $credentials.clientSecret}}',
				username: '={{$credentials.grantType === "password" ? $credentials.username : ""}}',
				password: '={{$credentials.grantType === "password" ? $credentials.password : ""}}',
				scope: '={{$credentials.scope}}',
			},
		},
	};
}
