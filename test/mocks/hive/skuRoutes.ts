import type { MockRequest, MockResponse, MockServer } from '../shared';
import { collectionPath, memberPath } from './paths';
import { BULK_UPSERT_MAX } from './constants';
import { listResponse } from './collection';
import { findById, type HiveContext } from './hiveContext';
import { badRequest, notFound, ok, unprocessable } from './responses';
import { isJsonObject, readSkuInput } from './skuInput';
import { createSku, findSkuByMerchantId, replaceSku, updateSku } from './skuStore';

const TAKEN = "Merchant sku has already been taken";

function list(ctx: HiveContext, req: MockRequest): MockResponse {
	return listResponse(req, ctx.state.skus, {
		spec: { createdAt: true, merchantSkuIds: true },
		pageSize: ctx.pageSize,
		filter: (sku, query) => query.merchantSkuIds === undefined || query.merchantSkuIds.includes(sku.merchant_sku_id),
	});
}

function create(ctx: HiveContext, req: MockRequest): MockResponse {
	if (!isJsonObject(req.body)) return badRequest('the body must be a JSON object with the SKU fields');
	const input = readSkuInput(req.body, 'create');
	if (input.errors.length) return unprocessable(input.errors);
	const existing = findSkuByMerchantId(ctx.state, input.fields.merchant_sku_id as string);
	if (existing?.status === 'active') return unprocessable([TAKEN]);
	// Creating a deleted SKU again brings it back ("set back to active on next create").
	if (existing) return ok(updateSku(existing, input.fields));
	return ok(createSku(ctx.state, input.fields, ctx.now()), 201);
}

function update(ctx: HiveContext, req: MockRequest): MockResponse {
	const sku = findById(ctx.state.skus, req.params.id);
	if (!sku) return notFound('Sku', req.params.id);
	if (!isJsonObject(req.body)) return badRequest('the body must be a JSON object with the SKU fields to change');
	const input = readSkuInput(req.body, 'update');
	if (input.errors.length) return unprocessable(input.errors);
	const clash = input.fields.merchant_sku_id === undefined ? undefined : findSkuByMerchantId(ctx.state, input.fields.merchant_sku_id);
	if (clash && clash !== sku) return unprocessable([TAKEN]);
	return ok(updateSku(sku, input.fields));
}

function remove(ctx: HiveContext, req: MockRequest): MockResponse {
	const sku = findById(ctx.state.skus, req.params.id);
	if (!sku) return notFound('Sku', req.params.id);
	sku.status = 'deleted'; // soft delete: the SKU stays listed, with status "deleted"
	return ok(sku);
}

/** All items are checked before any is saved, so a 422 leaves every SKU as it was. */
function bulkUpsert(ctx: HiveContext, req: MockRequest): MockResponse {
	if (!isJsonObject(req.body) || !Array.isArray(req.body.skus)) return badRequest('the body must be a JSON object with a "skus" array');
	const items: unknown[] = req.body.skus;
	if (items.length === 0) return unprocessable(['Skus must contain at least one SKU']);
	if (items.length > BULK_UPSERT_MAX) return unprocessable([`Skus can contain at most ${BULK_UPSERT_MAX} SKUs per request (got ${items.length})`]);
	const errors: string[] = [];
	const seen = new Set<string>();
	const inputs = items.map((item, index) => {
		if (!isJsonObject(item)) {
			errors.push(`SKU ${index + 1}: must be a JSON object`);
			return undefined;
		}
		const input = readSkuInput(item, 'upsert');
		errors.push(...input.errors.map((message) => `SKU ${index + 1}: ${message}`));
		const id = input.fields.merchant_sku_id;
		if (id !== undefined && seen.has(id)) errors.push(`SKU ${index + 1}: Merchant sku "${id}" appears more than once in this request`);
		if (id !== undefined) seen.add(id);
		return input.fields;
	});
	if (errors.length) return unprocessable(errors);
	const now = ctx.now();
	const saved = inputs.map((fields) => {
		const existing = findSkuByMerchantId(ctx.state, fields!.merchant_sku_id as string);
		return existing ? replaceSku(existing, fields!) : createSku(ctx.state, fields!, now);
	});
	return ok(saved);
}

export function registerSkuRoutes(server: MockServer, ctx: HiveContext): void {
	server.route('GET', collectionPath('skus'), (req) => list(ctx, req));
	server.route('POST', collectionPath('skus'), (req) => create(ctx, req));
	server.route('POST', collectionPath('skus/bulk_upsert'), (req) => bulkUpsert(ctx, req));
	server.route('PATCH', memberPath('skus'), (req) => update(ctx, req));
	server.route('DELETE', memberPath('skus'), (req) => remove(ctx, req));
}
