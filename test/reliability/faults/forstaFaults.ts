import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { ForstaMock } from '../../mocks/forsta';
import { mockGet, mockToken } from '../../mocks/forsta/forstaTestClient';
import type { Fault, ParsedQuery } from '../../mocks/shared';
import type { LogEntry } from '../../mocks/shared/requestLog';
import { spendUntilRefused, type CaseRun, type ReadCheck, type ServiceFacts } from './forstaFasterForwardCase';

/** The read every Forsta fault case runs: 50 responses of the first survey, 10 a page, so 5 pages. */
export const SURVEY_ID = 'p1000001';
export const RESPONSES = 50;
export const PAGE_SIZE = 10;
export const PAGES = RESPONSES / PAGE_SIZE;

export const DATA_PATH = /^\/v1\/surveys\/p1000001\/responses\/data$/;
export const TOKEN_PATH = /^\/identity\/connect\/token$/;
export const RESPONDENTS_PATH = /^\/v1\/surveys\/p1000001\/respondents$/;

export const survey = { __rl: true, mode: 'id', value: SURVEY_ID };

/** Page `n` of the read: the first request has no `page` parameter, the next-page links name the rest. */
export const onPage =
	(n: number) =>
	(request: { query: ParsedQuery }): boolean =>
		(request.query.page?.[0] ?? '1') === String(n);

export const isPageRequest = (n: number) => (entry: LogEntry) => DATA_PATH.test(entry.path) && entry.method === 'GET' && onPage(n)(entry);
export const isTokenRequest = (entry: LogEntry) => TOKEN_PATH.test(entry.path);

/** Response data of the survey, read as pages (or as one stream with `readMode: 'stream'`). */
export const readResponses = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'response',
	operation: 'getData',
	survey,
	returnAll: true,
	readMode: 'pages',
	pageSize: PAGE_SIZE,
	dataOptions: {},
	...extra,
});

export const responseKey = (item: IDataObject): unknown => item.responseid;

/** Respondent: Create of one respondent with this email (a POST Forsta acts on). */
export const createRespondent = (email: string): INodeParameters => ({ resource: 'respondent', operation: 'create', survey, respondent: JSON.stringify({ email }), includeSurveyLink: false });

/** The survey's response keys as the mock holds them now. */
export const responseIdsOf = (mock: ForstaMock): number[] => (mock.state.data.get(SURVEY_ID)?.responses ?? []).map((record) => Number(record.responseid));

/** Forsta's error bodies are `{ message }`. */
export const RATE_LIMITED = { message: 'Rate limit exceeded.' };
export const serverError = (status: number): Fault => ({ kind: 'status', status, body: { message: 'An error has occurred.' } });

/** What a Forsta case row needs to know about the service: token requests are not writes; the secrets to scan for. */
export function forstaFacts(mock: ForstaMock, runtime: ServiceFacts['runtime']): ServiceFacts {
	return { service: 'Forsta', runtime, isWrite: (entry) => !isTokenRequest(entry), secrets: () => [mock.clientSecret, ...mock.tokens.issuedTokens()] };
}

/** A run of a case, plus the survey's response rows as they were before and after it. */
export interface ForstaCaseRun extends CaseRun {
	rows: ReadCheck;
}

/** Rows of a read of the survey's responses: every key held before and after, any key that came or went. */
export function responseRows(before: readonly number[], after: readonly number[]): ReadCheck {
	const stayed = before.filter((id) => after.includes(id));
	return { keyOf: responseKey, mustAppear: stayed, mayAppear: [...before, ...after].filter((id) => !stayed.includes(id)) };
}

/**
 * Another process with the same client id (another n8n, a script): it has its own token and spends the quota of
 * the Surveys API until Forsta refuses it. Returns how many requests it sent.
 */
export async function forstaNeighbour(mock: ForstaMock): Promise<() => Promise<number>> {
	const token = await mockToken(mock, 'pub.surveys');
	return async () => await spendUntilRefused(async () => (await mockGet(mock, token, '/v1/surveys?pageSize=1')).status);
}
