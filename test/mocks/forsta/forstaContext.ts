import type { MockRequest, MockResponse } from '../shared';
import type { ForstaState, LinkStyle } from './types';

export interface ForstaContext {
	state: ForstaState;
	linkStyle: LinkStyle;
	/** The mock's own origin, for absolute links. */
	origin(): string;
}

export function message(status: number, text: string, headers?: Record<string, string>): MockResponse {
	return { status, body: { message: text }, headers };
}

export function first(req: MockRequest, name: string): string | undefined {
	return req.query[name]?.[0];
}

/** A positive integer query value, its default when absent, or a 400 naming the parameter. */
export function positiveInt(req: MockRequest, name: string, fallback: number, max?: number): number | MockResponse {
	const raw = first(req, name);
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1) return message(400, `The value '${raw}' is not valid for ${name}.`);
	if (max !== undefined && value > max) return message(400, `${name} must be less than or equal to ${max}.`);
	return value;
}

export function accepts(req: MockRequest, type: string): boolean {
	return String(req.headers.accept ?? '').toLowerCase().includes(type);
}

/** A collection page as Forsta returns it, with a next-page link in the style the mock is set to. */
export function collection(
	ctx: ForstaContext,
	req: MockRequest,
	all: unknown[],
	page: number,
	pageSize: number,
): MockResponse {
	const items = all.slice((page - 1) * pageSize, page * pageSize);
	const query = new URLSearchParams();
	for (const [key, values] of Object.entries(req.query)) if (key !== 'page') for (const value of values) query.append(key, value);
	const pageLink = (n: number) => `${req.path}?${new URLSearchParams([...query, ['page', String(n)]]).toString()}`;
	const links: Record<string, string> = { self: pageLink(page) };
	if (page * pageSize < all.length) {
		const style = ctx.linkStyle === 'alternate' ? (page % 2 === 1 ? 'next' : 'nextpage') : ctx.linkStyle;
		// `next` as a path (the general docs), `nextpage` as a full URL (the Hubs docs and real clients).
		if (style === 'next') links.next = pageLink(page + 1);
		else links.nextpage = `${ctx.origin()}${pageLink(page + 1)}`;
	}
	if (page > 1) links.prevpage = `${ctx.origin()}${pageLink(page - 1)}`;
	return { status: 200, body: { itemCount: items.length, totalCount: all.length, items, links } };
}
