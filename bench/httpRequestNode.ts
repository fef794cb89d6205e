import type { INodeParameters } from 'n8n-workflow';
import type { N8nClient, NodeSpec } from '../test/n8n/harness/client';

/** n8n 2.8.4's current HTTP Request node version (V3 code), as the editor adds it today. */
const HTTP_REQUEST_VERSION = 4.4;

/**
 * How the node authenticates. A user without the pack uses n8n's generic credentials (Header Auth, OAuth2), so
 * those come first; `predefined` is a credential type of this pack, for what n8n's generic ones cannot do.
 */
export interface HttpCredential {
	kind: 'generic' | 'predefined';
	type: string;
	id: string;
}

export interface HttpRequestSetup {
	url: string;
	credential: HttpCredential;
	/** Fixed query parameters, e.g. a page size. */
	query?: Record<string, string | number>;
}

export interface HttpPagination {
	/** The query parameter that moves to the next page, and its value as an n8n expression of $pageCount. */
	pageParameter: { name: string; value: string };
	/** Expression that is true on the last page; written defensively, as a careful user would. */
	completeExpression: string;
	/** "Interval Between Requests (ms)", set from the documented limit. */
	intervalMs: number;
}

function baseParameters(setup: HttpRequestSetup): INodeParameters {
	const query = Object.entries(setup.query ?? {}).map(([name, value]) => ({ name, value: String(value) }));
	const { kind, type } = setup.credential;
	const authentication = kind === 'generic' ? { authentication: 'genericCredentialType', genericAuthType: type } : { authentication: 'predefinedCredentialType', nodeCredentialType: type };
	return {
		method: 'GET',
		url: setup.url,
		...authentication,
		sendQuery: query.length > 0,
		queryParameters: { parameters: query },
	};
}

function node(setup: HttpRequestSetup, parameters: INodeParameters): NodeSpec {
	return {
		name: 'HTTP Request',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: HTTP_REQUEST_VERSION,
		parameters,
		credentials: { [setup.credential.type]: { id: setup.credential.id, name: 'bench' } },
	};
}

/** The HTTP Request node reading a list page by page with its built-in pagination and request interval. */
export function pagedHttpRequest(setup: HttpRequestSetup, pagination: HttpPagination): NodeSpec {
	return node(setup, {
		...baseParameters(setup),
		options: {
			pagination: {
				pagination: {
					paginationMode: 'updateAParameterInEachRequest',
					parameters: { parameters: [{ type: 'qs', ...pagination.pageParameter }] },
					paginationCompleteWhen: 'other',
					completeExpression: pagination.completeExpression,
					requestInterval: pagination.intervalMs,
				},
			},
		},
	});
}

/** The HTTP Request node sending one request per input item, with its defaults (no batching: no limit asks for it). */
export function perItemHttpRequest(setup: HttpRequestSetup): NodeSpec {
	return node(setup, { ...baseParameters(setup), options: {} });
}

/** n8n's Header Auth credential: one header with a fixed value. */
export async function headerAuth(n8n: N8nClient, name: string, value: string): Promise<HttpCredential> {
	return { kind: 'generic', type: 'httpHeaderAuth', id: await n8n.createCredential('httpHeaderAuth', `bench header ${name}`, { name, value }) };
}
