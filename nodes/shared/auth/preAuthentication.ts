import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { requestToken } from './tokenRequest';
import { saveToken, tokenKey } from './tokenStore';
import type { TokenFlow } from './types';

/**
 * The body of a credential's `preAuthentication`. n8n calls it when the hidden expirable field is empty, when the
 * editor tests the credential, and after a thrown 401; it fetches a new token with the flow's grant, shares it
 * with the engine's store, and returns it for n8n to save in the credential.
 */
export async function preAuthenticate(
	helper: IHttpRequestHelper,
	flow: TokenFlow,
	credentials: ICredentialDataDecryptedObject,
	expirableField = 'accessToken',
): Promise<IDataObject> {
	const secrets = flow.secrets(credentials).filter(Boolean);
	const token = await requestToken(
		async (options) => await helper.helpers.httpRequest(options),
		flow.displayName,
		flow.grant(credentials),
		secrets,
		Date.now,
		{ defaultLifetimeMs: flow.defaultLifetimeMs },
	);
	saveToken(tokenKey(flow, credentials), token);
	return { [expirableField]: token.accessToken };
}
