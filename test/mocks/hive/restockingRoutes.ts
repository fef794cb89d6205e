import type { MockRequest, MockResponse, MockServer } from '../shared';
import { listResponse } from './collection';
import { EDITABLE_RESTOCKING_STATUSES } from './constants';
import { railsTime } from './dates';
import { showResponse } from './fulfilmentRoutes';
import { findById, type HiveContext } from './hiveContext';
import { collectionPath, memberPath } from './paths';
import { readRestockingInput, type RestockingDraft } from './restockingInput';
import { badRequest, notFound, ok, unprocessable } from './responses';
import { isJsonObject } from './skuInput';
import type { HiveState, RestockingShipment, RestockingShipmentItem } from './types';

function itemsFrom(state: HiveState, draft: RestockingDraft): RestockingShipmentItem[] {
	return draft.items.map((item) => ({
		id: state.nextId.restockingItem++,
		sku_id: item.sku.id,
		merchant_sku_id: item.sku.merchant_sku_id,
		announced_quantity: item.announced_quantity,
		arrived_quantity: null,
		damaged_quantity: null,
		missing_quantity: null,
		remarks: item.remarks,
		total_cost_in_cents: item.total_cost_in_cents,
		inventory_batches: [],
	}));
}

function fieldsFrom(state: HiveState, draft: RestockingDraft) {
	const { items: _items, ...fields } = draft;
	return { ...fields, restocking_shipment_items: itemsFrom(state, draft) };
}

function create(ctx: HiveContext, req: MockRequest): MockResponse {
	if (!isJsonObject(req.body)) return badRequest('the body must be a JSON object with the restocking shipment fields');
	const input = readRestockingInput(req.body, ctx.state);
	if (!input.ok) return unprocessable(input.errors);
	const id = ctx.state.nextId.restockingShipment++;
	// Hive documents "shipped" as the initial status of a restocking shipment.
	const shipment: RestockingShipment = { id, merchant_id: 1, status: 'shipped', barcode: `RS.${id}`, created_at: railsTime(ctx.now()), ...fieldsFrom(ctx.state, input.draft) };
	ctx.state.restockingShipments.push(shipment);
	return ok(shipment, 201);
}

/** PUT replaces the whole shipment, and only while Hive has not started receiving it. */
function replace(ctx: HiveContext, req: MockRequest): MockResponse {
	const shipment = findById(ctx.state.restockingShipments, req.params.id);
	if (!shipment) return notFound('RestockingShipment', req.params.id);
	if (!(EDITABLE_RESTOCKING_STATUSES as readonly string[]).includes(shipment.status)) {
		return unprocessable([`Restocking shipment can only be updated while its status is ${EDITABLE_RESTOCKING_STATUSES.join(' or ')} (it is ${shipment.status})`]);
	}
	if (!isJsonObject(req.body)) return badRequest('the body must be a JSON object with the whole restocking shipment');
	const input = readRestockingInput(req.body, ctx.state);
	if (!input.ok) return unprocessable(input.errors);
	Object.assign(shipment, fieldsFrom(ctx.state, input.draft));
	return ok(shipment);
}

export function registerRestockingRoutes(server: MockServer, ctx: HiveContext): void {
	const path = 'restocking_shipments';
	server.route('GET', collectionPath(path), (req) => listResponse(req, ctx.state.restockingShipments, { spec: { createdAt: true }, pageSize: ctx.pageSize }));
	server.route('GET', memberPath(path), (req) => showResponse(req, ctx.state.restockingShipments, 'RestockingShipment'));
	server.route('POST', collectionPath(path), (req) => create(ctx, req));
	server.route('PUT', memberPath(path), (req) => replace(ctx, req));
}
