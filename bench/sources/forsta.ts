import type { INodeParameters } from 'n8n-workflow';
import { startForstaMock } from '../../test/mocks/forsta';
import type { DataRecord } from '../../test/mocks/forsta/types';
import type { Clock } from '../../test/mocks/shared';
import type { N8nClient, NodeSpec } from '../../test/n8n/harness/client';
import { pagedHttpRequest } from '../httpRequestNode';
import type { ListSource, Window } from './types';

export const FORSTA_WINDOWS: Window[] = [
	{ limit: 20, periodMs: 1_000 },
	{ limit: 1_000, periodMs: 15 * 60_000 },
	{ limit: 10_000, periodMs: 12 * 3_600_000 },
];
/** 20 a second: one request per 50 ms. */
export const FORSTA_INTERVAL_MS = 50;
/** 1,000 per 15 minutes: one request per 900 ms, for reads longer than 1,000 pages. */
export const FORSTA_LONG_READ_INTERVAL_MS = 900;

const SURVEY = 'p1000001';

export interface ForstaSource extends ListSource {
	/** The Forsta node reading the survey's data in pages of `pageSize`, or as one NDJSON stream. */
	forstaNode(readMode: 'pages' | 'stream', pageSize: number): NodeSpec;
	/** The HTTP Request node reading pages of `pageSize`. */
	httpPages(pageSize: number, intervalMs: number): NodeSpec;
	/** The survey's records as the mock holds them. */
	records(): DataRecord[];
}

/** Survey data (`responses/data`) on a fresh Forsta mock with Forsta's three windows per client and API. */
export async function forstaResponses(n8n: N8nClient, options: { records: number; pageSize: number; clock?: Clock }): Promise<ForstaSource> {
	const mock = await startForstaMock({ seed: { responses: options.records }, clock: options.clock });
	const credentialId = await n8n.createCredential('forstaApi', `bench ${mock.url}`, {
		site: 'custom',
		apiUrl: mock.url,
		identityUrl: mock.url,
		clientId: mock.clientId,
		clientSecret: mock.clientSecret,
		scope: 'pub.surveys',
	});
	const forstaNode = (readMode: 'pages' | 'stream', pageSize: number): NodeSpec => ({
		name: 'Forsta',
		type: 'n8n-nodes-service-pack.forsta',
		parameters: {
			resource: 'response',
			operation: 'getData',
			survey: { __rl: true, mode: 'id', value: SURVEY },
			returnAll: true,
			readMode,
			pageSize,
			dataOptions: {},
		} as INodeParameters,
		credentials: { forstaApi: { id: credentialId, name: 'bench' } },
	});
	const httpPages = (pageSize: number, intervalMs: number) =>
		pagedHttpRequest(
			// n8n's OAuth2 credential cannot do Forsta's `api-user` grant; the pack's credential gets the token.
			{ url: `${mock.url}/v1/surveys/${SURVEY}/responses/data`, credential: { kind: 'predefined', type: 'forstaApi', id: credentialId }, query: { pageSize } },
			{
				pageParameter: { name: 'page', value: '={{ $pageCount + 1 }}' },
				completeExpression: `={{ $response.body.totalCount === undefined || $pageCount * ${pageSize} >= $response.body.totalCount }}`,
				intervalMs,
			},
		);
	return {
		forstaNode,
		httpPages,
		records: () => mock.state.data.get(SURVEY)?.responses ?? [],
		ourNode: forstaNode('pages', options.pageSize),
		httpNode: (intervalMs) => httpPages(options.pageSize, intervalMs),
		rowsField: 'items',
		rowId: 'responseid',
		refusals: () => mock.stats.throttled.surveys ?? 0,
		tokenGrants: () => mock.tokens.issued,
		requests: () => mock.log.entries.filter((entry) => entry.path.endsWith('/responses/data')).length,
		close: () => mock.close(),
	};
}
