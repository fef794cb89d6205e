import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { sharedStoreFor, sharingChoice } from '../state/sharedStore';
import { bearerToken } from './bearer';
import { currentToken, renewToken, tokenUnderWay, type TokenSource } from './tokens';
import type { TokenFlow } from './types';

/**
 * The body of a credential's `preAuthentication`, which n8n calls before a request when the hidden `expirableField`
 * is empty, when the editor tests the credential, and after a thrown 401. It takes its token from the engine's
 * flow, so n8n and the engine never fetch two tokens for one call, and returns it for n8n to save.
 */
export async function preAuthenticate(
	helper: IHttpRequestHelper,
	flow: TokenFlow,
	credentials: ICredentialDataDecryptedObject,
	expirableField = 'accessToken',
): Promise<IDataObject> {
	// A fetch under way: this is its own token request passing through n8n, or a request that arrived meanwhile,
	// which `authenticate` holds until the fetch ends. Nothing for n8n to save (it skips an undefined field).
	if (tokenUnderWay(flow, credentials)) return {};
	const shared = (await sharedStoreFor(sharingChoice(credentials)))?.tokens;
	// A credential has no node options: its token requests repeat through faults within the default Retry Budget.
	const source: TokenSource = { flow, credentials, send: async (options) => await helper.helpers.httpRequest(options), shared };
	const saved = typeof credentials[expirableField] === 'string' ? (credentials[expirableField] as string) : '';
	// Empty: the credential was never used here (or n8n emptied it), so the current token will do. Filled: the Test
	// button, or a 401 thrown to n8n, so the token `authenticate` sends is replaced.
	const refused = saved === '' ? undefined : bearerToken(flow, credentials, expirableField);
	const token = refused === undefined ? await currentToken(source) : await renewToken(source, refused);
	return { [expirableField]: token.accessToken };
}
