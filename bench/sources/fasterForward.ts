import { MOCK_API, startFasterForwardMock } from '../../test/mocks/fasterforward';
import { fasterForwardRecordsRead } from '../../test/helpers/fasterForwardRecordsRead';
import type { N8nClient } from '../../test/n8n/harness/client';
import { pagedHttpRequest, type HttpCredential } from '../httpRequestNode';
import type { ListSource, Window } from './types';

export const FASTER_FORWARD_WINDOWS: Window[] = [
	{ limit: 5, periodMs: 1_000 },
	{ limit: 100_000, periodMs: 86_400_000 },
];
/** One request per 200 ms is 5 a second. */
export const FASTER_FORWARD_INTERVAL_MS = 200;
/** The mock's test list (`/mock-api/records`) holds 250 records. */
export const FASTER_FORWARD_RECORDS = 250;

/** The mock's record list read in `pages` pages, on a fresh mock (5 per second, 100,000 a day, exactly). */
export async function fasterForwardRecords(n8n: N8nClient, pages: number): Promise<ListSource> {
	if (FASTER_FORWARD_RECORDS % pages !== 0) throw new Error(`Faster Forward: ${pages} pages do not divide ${FASTER_FORWARD_RECORDS} records evenly`);
	const pageSize = FASTER_FORWARD_RECORDS / pages;
	const mock = await startFasterForwardMock();
	const { clientId, clientSecret } = mock.client;
	const credentialId = await n8n.createCredential('fasterForwardApi', `bench ${mock.domain}`, {
		domain: mock.domain,
		clientId,
		clientSecret,
		grantType: 'clientCredentials',
		scope: 'dossiers',
		clientAuthentication: 'body',
	});
	// n8n's own OAuth2 credential with the client-credentials grant: what a user without the pack sets up.
	const credential: HttpCredential = {
		kind: 'generic',
		type: 'oAuth2Api',
		id: await n8n.createCredential('oAuth2Api', `bench oauth ${mock.domain}`, {
			grantType: 'clientCredentials',
			accessTokenUrl: `${mock.domain}/oauth/access_token`,
			clientId,
			clientSecret,
			scope: 'dossiers',
			authentication: 'body',
		}),
	};
	const parameters = fasterForwardRecordsRead(pageSize);
	return {
		ourNode: { name: 'Faster Forward', type: 'n8n-nodes-service-pack.fasterForward', parameters, credentials: { fasterForwardApi: { id: credentialId, name: 'bench' } } },
		httpNode: (intervalMs) =>
			pagedHttpRequest(
				{ url: `${mock.url}${MOCK_API}/records`, credential, query: { pageSize } },
				{
					pageParameter: { name: 'page', value: '={{ $pageCount + 1 }}' },
					completeExpression: '={{ $response.body.meta === undefined || $response.body.meta.page >= $response.body.meta.pageCount }}',
					intervalMs,
				},
			),
		rowsField: 'data',
		rowId: 'id',
		refusals: () => mock.counts.perSecond429 + mock.counts.daily429,
		tokenGrants: () => mock.tokens.issued.client_credentials + mock.tokens.issued.password + mock.tokens.issued.refresh_token,
		requests: () => mock.log.entries.filter((entry) => entry.path === `${MOCK_API}/records`).length,
		close: () => mock.close(),
	};
}
