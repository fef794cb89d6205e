import type { MockServer, ParsedQuery } from '../shared';
import { EXTERNAL_PREFIX, FLOWBOX_COMPANY, TAGS_DEFAULT_LIMIT } from './constants';
import { failure, success } from './responses';
import type { FlowboxState } from './types';

const FLOW_FIELDS = ['deleted', 'embedVersion', 'isMasterFlow'] as const;

function positive(query: ParsedQuery, name: string, fallback: number): number | string {
	const raw = query[name]?.[0];
	if (raw === undefined) return fallback;
	return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : `${name} must be a positive whole number, not "${raw}"`;
}

/** Company, flows, tags and products of the External API. */
export function registerCatalogRoutes(server: MockServer, state: FlowboxState): void {
	server.route('GET', `${EXTERNAL_PREFIX}/v2/company`, () => success({ company: FLOWBOX_COMPANY }));

	server.route('GET', `${EXTERNAL_PREFIX}/v2/flows`, (req) => {
		const fields = (req.query.fields ?? []).flatMap((value) => value.split(',')).filter(Boolean);
		const unknown = fields.filter((field) => !(FLOW_FIELDS as readonly string[]).includes(field));
		if (unknown.length) return failure(400, `fields accepts ${FLOW_FIELDS.join(', ')}; unknown: ${unknown.join(', ')}`);
		const flows = state.flows.map((flow) => {
			const row: Record<string, unknown> = { key: flow.key, name: flow.name, type: flow.type };
			for (const field of fields) row[field] = flow[field as (typeof FLOW_FIELDS)[number]];
			return row;
		});
		return success({ flows });
	});

	server.route('GET', `${EXTERNAL_PREFIX}/v2/tags`, (req) => {
		const page = positive(req.query, 'page', 1);
		const limit = positive(req.query, 'limit', TAGS_DEFAULT_LIMIT);
		if (typeof page === 'string') return failure(400, page);
		if (typeof limit === 'string') return failure(400, limit);
		const order = req.query.order_by?.[0] ?? 'latest_created_at';
		if (!['latest_created_at', 'tag_name'].includes(order)) return failure(400, 'order_by must be latest_created_at or tag_name');
		const approved = req.query.is_approved?.[0];
		if (approved !== undefined && !['true', 'false'].includes(approved)) return failure(400, 'is_approved must be true or false');
		const permalinks = (req.query.permalinks ?? []).flatMap((value) => value.split(',')).map((link) => link.trim()).filter(Boolean);
		const matching = state.tags
			.filter((tag) => approved === undefined || tag.approved === (approved === 'true'))
			.filter((tag) => !permalinks.length || tag.permalinks.some((link) => permalinks.includes(link)))
			.sort((a, b) => (order === 'tag_name' ? a.name.localeCompare(b.name) : b.createdAt - a.createdAt));
		const slice = matching.slice((page - 1) * limit, page * limit);
		return success({ tags: slice.map((tag) => tag.name), total: matching.length });
	});

	server.route('GET', `${EXTERNAL_PREFIX}/v2/products/:productKeys`, (req) => {
		const keys = req.params.productKeys.split(',').map((key) => key.trim()).filter(Boolean);
		const locale = req.query.locale?.[0];
		if (locale !== undefined && locale !== locale.toLowerCase()) return failure(400, 'locale must be lowercase, e.g. en-gb');
		const products = state.products.filter((product) => keys.includes(product.productKey)).map((product) => ({ ...product, locale: locale ?? product.locale }));
		return success({ products });
	});
}
