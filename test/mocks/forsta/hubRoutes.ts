import type { MockRequest, MockResponse, MockServer } from '../shared';
import { DEFAULT_PAGE_SIZE } from './constants';
import { surveyDataResponse } from './dataRoutes';
import { withEtag } from './etag';
import { collection, message, positiveInt, type ForstaContext } from './forstaContext';
import type { Hub } from './types';

function findHub(ctx: ForstaContext, id: string): Hub | MockResponse {
	return ctx.state.hubs.find((hub) => String(hub.id) === id) ?? message(404, `Hub ${id} was not found.`);
}

function paged(ctx: ForstaContext, req: MockRequest, items: unknown[]): MockResponse {
	const pageSize = positiveInt(req, 'pageSize', DEFAULT_PAGE_SIZE);
	const page = positiveInt(req, 'page', 1);
	if (typeof pageSize !== 'number') return pageSize;
	if (typeof page !== 'number') return page;
	return collection(ctx, req, items, page, pageSize);
}

const summary = ({ id, name }: Hub) => ({ id, name, links: { self: `/v1/hubs/${id}` } });

/** The Hubs API: hubs, their hierarchies, and the respondent data of auto-combined surveys. */
export function registerHubRoutes(server: MockServer, ctx: ForstaContext): void {
	const withHub = (handler: (hub: Hub, req: MockRequest) => MockResponse) => (req: MockRequest) => {
		const hub = findHub(ctx, req.params.hubId);
		return 'id' in hub && 'hierarchies' in hub ? handler(hub, req) : hub;
	};
	server.route('GET', '/v1/hubs', (req) => paged(ctx, req, ctx.state.hubs.map(summary)));
	server.route('GET', '/v1/hubs/:hubId', withHub((hub, req) => withEtag(req, { ...summary(hub), surveys: Object.keys(hub.combined) })));
	server.route('GET', '/v1/hubs/:hubId/hierarchies', withHub((hub, req) => paged(ctx, req, hub.hierarchies)));
	server.route(
		'GET',
		'/v1/hubs/:hubId/auto-combined-surveys/:surveyId/respondents/data',
		withHub((hub, req) => {
			const records = hub.combined[req.params.surveyId];
			return records ? surveyDataResponse(ctx, req, records, ['respid']) : message(404, `Survey ${req.params.surveyId} is not combined in hub ${hub.id}.`);
		}),
	);
}
