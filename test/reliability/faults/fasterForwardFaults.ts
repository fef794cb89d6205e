import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { FF_CLIENT, MOCK_API, type FasterForwardMock } from '../../mocks/fasterforward';
import { httpRequest, type Fault, type ParsedQuery } from '../../mocks/shared';
import type { LogEntry } from '../../mocks/shared/requestLog';
import { fasterForwardRecordsRead } from '../../helpers/fasterForwardRecordsRead';
import { oneTo, spendUntilRefused, type ReadCheck, type ServiceFacts } from './forstaFasterForwardCase';

/** The read every Faster Forward fault case runs: the mock's 250 test records, 50 a page, so 5 pages. */
export const RECORDS = 250;
export const PAGE_SIZE = 50;
export const PAGES = RECORDS / PAGE_SIZE;
export const RECORD_IDS = oneTo(RECORDS);

export const RECORDS_PATH = new RegExp(`^${MOCK_API}/records$`);
export const DOCUMENTS_PATH = new RegExp(`^${MOCK_API}/documents$`);
export const TOKEN_PATH = /^\/oauth\/access_token$/;

export const onPage =
	(n: number) =>
	(request: { query: ParsedQuery }): boolean =>
		(request.query.page?.[0] ?? '1') === String(n);
export const isPageRequest = (n: number) => (entry: LogEntry) => RECORDS_PATH.test(entry.path) && onPage(n)(entry);
export const isTokenRequest = (entry: LogEntry) => TOKEN_PATH.test(entry.path);
/** A refresh-token grant (the form body is not in the log, so faults pick it from the raw body). */
export const isRefresh = (request: { rawBody: string }) => /(^|&)grant_type=refresh_token(&|$)/.test(request.rawBody);

/** API Request: GET the test records page by page, with the page count the mock reports. */
export const readRecords = (extra: INodeParameters = {}): INodeParameters => fasterForwardRecordsRead(PAGE_SIZE, extra);

/** Document: Upload of the input's binary `data` to the mock's test upload path. */
export const uploadDocument: INodeParameters = {
	resource: 'document',
	operation: 'upload',
	method: 'POST',
	path: `${MOCK_API}/documents`,
	documents: { document: [{ binaryProperty: 'data', contentField: 'document.content', fileNameField: 'document.name' }] },
	metadata: '{"dossierId": 7}',
};

export const recordKey = (item: IDataObject): unknown => item.id;

/** The documented per-second 429 (its body names the window; no Retry-After is documented), and a server fault. */
export const PER_SECOND_429: Fault = { kind: 'status', status: 429, body: { error: 'Limit exceeded of 5 request(s) in 1 second(s)' } };
export const serverError = (status: number): Fault => ({ kind: 'status', status, body: { error: 'Server Error' } });

/** Every one of the mock's records, each exactly once: the test records do not change during a read. */
export const RECORD_ROWS: ReadCheck = { keyOf: recordKey, mustAppear: RECORD_IDS };

/** What a Faster Forward case row needs to know: token requests are not writes; the secrets to scan for. */
export function fasterForwardFacts(mock: FasterForwardMock, runtime: ServiceFacts['runtime']): ServiceFacts {
	const { clientSecret, password } = mock.client;
	return { service: 'Faster Forward', runtime, isWrite: (entry) => !isTokenRequest(entry), secrets: () => [clientSecret, password, ...mock.tokens.issuedTokens()] };
}

/**
 * Another client on the same customer domain (the limits belong to the domain): it gets its own token and spends
 * requests until the mock refuses one. Returns how many it sent.
 */
export async function fasterForwardNeighbour(mock: FasterForwardMock): Promise<() => Promise<number>> {
	const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: FF_CLIENT.clientId, client_secret: FF_CLIENT.clientSecret }).toString();
	const granted = await httpRequest(`${mock.url}/oauth/access_token`, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
	const token = (granted.body as { access_token: string }).access_token;
	const headers = { authorization: `Bearer ${token}` };
	return async () => await spendUntilRefused(async () => (await httpRequest(`${mock.url}${MOCK_API}/whoami`, { headers })).status);
}
