import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import { withStoredBearer } from '../../../../nodes/shared/auth/bearer';
import type { TokenFlow } from '../../../../nodes/shared/auth/types';
import { fakeContext, type FakeContext } from '../../../helpers/fakeContext';
import { sendJson, TestServer, type SeenRequest } from '../../../helpers/testServer';

export const CLIENT_SECRET = 'cs_live_Zk29fQp7Lm4Xr8Tb1Wn6';

/** A client-credentials flow with refresh tokens: the shape Faster Forward's will have. */
export const testFlow: TokenFlow = {
	displayName: 'Svc',
	identity: (credentials) => `${String(credentials.tokenUrl)}\n${String(credentials.clientId)}\n${String(credentials.scope)}`,
	grant: (credentials) => ({
		url: String(credentials.tokenUrl),
		form: { grant_type: 'client_credentials', client_id: String(credentials.clientId), client_secret: String(credentials.clientSecret), scope: String(credentials.scope) },
	}),
	refresh: (credentials, refreshToken) => ({
		url: String(credentials.tokenUrl),
		form: { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: String(credentials.clientId), client_secret: String(credentials.clientSecret) },
	}),
	secrets: (credentials) => [String(credentials.clientSecret)],
};

export interface TokenServer {
	server: TestServer;
	credentials: ICredentialDataDecryptedObject;
	/** Form bodies of the token requests, in order. */
	tokenRequests(): URLSearchParams[];
	apiRequests(): SeenRequest[];
	/** What the token endpoint answers next (default: a new token valid for `expiresIn` seconds). */
	answer: { expiresIn: number; refresh: boolean; refuseRefresh: boolean; refuseGrant: boolean; delayMs: number };
	/** Tokens the API accepts; empty it to make every current token fail. */
	valid: Set<string>;
}

/** One server for a token endpoint (`/token`) and an API (`/api/...`) that checks Bearer tokens. */
export async function tokenServer(): Promise<TokenServer> {
	const server = await TestServer.start();
	const valid = new Set<string>();
	const answer = { expiresIn: 3600, refresh: false, refuseRefresh: false, refuseGrant: false, delayMs: 0 };
	let counter = 0;
	server.handle((seen, res) => {
		if (seen.path === '/token') {
			const form = new URLSearchParams(seen.body);
			const refusing = form.get('grant_type') === 'refresh_token' ? answer.refuseRefresh : answer.refuseGrant;
			if (refusing) return sendJson(res, 400, { error: 'invalid_grant', error_description: `refused ${form.get('client_secret') ?? ''}` });
			const token = `tok_${++counter}_8f3a9c2e`;
			valid.add(token);
			const body: Record<string, unknown> = { access_token: token, expires_in: answer.expiresIn, token_type: 'Bearer' };
			if (answer.refresh) body.refresh_token = `ref_${counter}_77b1d0`;
			setTimeout(() => sendJson(res, 200, body), answer.delayMs);
			return;
		}
		const token = /^Bearer (\S+)$/.exec(String(seen.headers.authorization ?? ''))?.[1];
		if (!token || !valid.has(token)) return sendJson(res, 401, { message: `token ${token ?? 'none'} refused` });
		sendJson(res, 200, { ok: true, path: seen.path });
	});
	const credentials = { clientId: 'client-1', clientSecret: CLIENT_SECRET, scope: 'read', tokenUrl: `${server.origin}/token`, baseUrl: `${server.origin}/api` };
	return {
		server,
		credentials,
		answer,
		valid,
		tokenRequests: () => server.requests.filter((seen) => seen.path === '/token').map((seen) => new URLSearchParams(seen.body)),
		apiRequests: () => server.requests.filter((seen) => seen.path !== '/token'),
	};
}

/** A fake n8n context whose credential authenticates like ours: the stored token as Bearer, token requests left alone. */
export function tokenContext(credentials: ICredentialDataDecryptedObject, options: { continueOnFail?: boolean; now?: () => number } = {}): FakeContext {
	return fakeContext({
		credentials,
		continueOnFail: options.continueOnFail,
		authenticate: (creds, request: IHttpRequestOptions) => withStoredBearer(testFlow, creds, request, 'accessToken', options.now?.()),
	});
}
