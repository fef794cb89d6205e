import type { MockRequest, MockResponse, MockServer } from '../shared';
import { listResponse } from './collection';
import { findById, type HiveContext } from './hiveContext';
import { parseListQuery } from './listQuery';
import { collectionPath, memberPath } from './paths';
import { badRequest, notFound, ok } from './responses';

/** GET of one object that takes no query parameters. */
export function showResponse<T extends { id: number }>(req: MockRequest, items: T[], model: string): MockResponse {
	const parsed = parseListQuery(req.query, { page: false });
	if (!parsed.ok) return badRequest(parsed.problem);
	const found = findById(items, req.params.id);
	return found ? ok(found) : notFound(model, req.params.id);
}

/** Read-only resources: shipments, returns, warehouses. */
export function registerFulfilmentRoutes(server: MockServer, ctx: HiveContext): void {
	const { pageSize } = ctx;
	server.route('GET', collectionPath('shipments'), (req) => listResponse(req, ctx.state.shipments, { spec: { createdAt: true }, pageSize }));
	server.route('GET', memberPath('shipments'), (req) => showResponse(req, ctx.state.shipments, 'Shipment'));
	server.route('GET', collectionPath('returns'), (req) => listResponse(req, ctx.state.returns, { spec: { createdAt: true }, pageSize }));
	server.route('GET', memberPath('returns'), (req) => showResponse(req, ctx.state.returns, 'Return'));
	server.route('GET', collectionPath('warehouses'), (req) => listResponse(req, ctx.state.warehouses, { spec: {}, pageSize }));
}
