import type { MockServer } from '../shared';
import { listResponse } from './collection';
import { findById, type HiveContext } from './hiveContext';
import { parseListQuery } from './listQuery';
import { collectionPath, memberPath } from './paths';
import { badRequest, notFound, ok } from './responses';
import type { Order } from './types';

/** Items carry their `batches` only when the caller asked with `include=batches`. */
export function orderView(order: Order, includeBatches: boolean): unknown {
	if (includeBatches) return order;
	return { ...order, items: order.items.map(({ batches: _batches, ...item }) => item) };
}

export function registerOrderRoutes(server: MockServer, ctx: HiveContext): void {
	const spec = { createdAt: true, include: ['batches'] } as const;
	server.route('GET', collectionPath('orders'), (req) =>
		listResponse(req, ctx.state.orders, { spec, pageSize: ctx.pageSize, view: (order, query) => orderView(order, query.include === 'batches') }),
	);
	server.route('GET', memberPath('orders'), (req) => {
		const parsed = parseListQuery(req.query, { page: false, include: spec.include });
		if (!parsed.ok) return badRequest(parsed.problem);
		const order = findById(ctx.state.orders, req.params.id);
		return order ? ok(orderView(order, parsed.value.include === 'batches')) : notFound('Order', req.params.id);
	});
}
