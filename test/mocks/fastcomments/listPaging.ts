import type { ParsedQuery } from '../shared';
import { numberParam } from './responses';
import type { Doc, PagingRule } from './types';

export type PageResult = { items: Doc[] } | { error: string };

function whole(docs: Doc[]): PageResult {
	return { items: docs };
}

function nonNegative(name: string, value: number | undefined): string | undefined {
	if (value === undefined) return undefined;
	return Number.isInteger(value) && value >= 0 ? undefined : `${name} must be a non-negative whole number`;
}

function limited(query: ParsedQuery, defaultLimit: number, maxLimit: number): number | string {
	const limit = numberParam(query.limit) ?? defaultLimit;
	if (!Number.isInteger(limit) || limit < 1) return 'limit must be a positive whole number';
	if (limit > maxLimit) return `limit must be at most ${maxLimit}`;
	return limit;
}

function timeOf(doc: Doc, key: string): number {
	return Date.parse(String(doc[key]));
}

/** Audit logs: ordered by `when` then id; `after`/`before` exclusive; pages of at most 1,000. */
function auditLogPage(docs: Doc[], query: ParsedQuery, pageSize: number): PageResult {
	const limit = limited(query, pageSize, pageSize);
	if (typeof limit === 'string') return { error: limit };
	const skip = numberParam(query.skip) ?? 0;
	const problem = nonNegative('skip', skip);
	if (problem) return { error: problem };
	const after = numberParam(query.after);
	const before = numberParam(query.before);
	const descending = (query.order?.[0] ?? 'ASC') === 'DESC';
	const ordered = docs
		.filter((doc) => (after === undefined || timeOf(doc, 'when') > after) && (before === undefined || timeOf(doc, 'when') < before))
		.sort((a, b) => timeOf(a, 'when') - timeOf(b, 'when') || String(a._id).localeCompare(String(b._id)));
	if (descending) ordered.reverse();
	return { items: ordered.slice(skip, skip + limit) };
}

/** One page of a collection the way FastComments documents that resource's paging; a misuse is an error. */
export function pageOf(rule: PagingRule, docs: Doc[], query: ParsedQuery, idKey: string): PageResult {
	switch (rule.kind) {
		case 'whole':
			return whole(docs);
		case 'skip': {
			if (query.limit) return { error: 'this list takes no limit; it answers in fixed pages' };
			const skip = numberParam(query.skip) ?? 0;
			const problem = nonNegative('skip', skip);
			return problem ? { error: problem } : { items: docs.slice(skip, skip + rule.pageSize) };
		}
		case 'skipLimit': {
			const limit = limited(query, rule.defaultLimit, rule.maxLimit);
			if (typeof limit === 'string') return { error: limit };
			const skip = numberParam(query.skip) ?? 0;
			const problem = nonNegative('skip', skip);
			return problem ? { error: problem } : { items: docs.slice(skip, skip + limit) };
		}
		case 'page': {
			const page = numberParam(query.page) ?? 0;
			const problem = nonNegative('page', page);
			return problem ? { error: problem } : { items: docs.slice(page * rule.pageSize, (page + 1) * rule.pageSize) };
		}
		case 'afterId': {
			const limit = limited(query, rule.defaultLimit, rule.maxLimit);
			if (typeof limit === 'string') return { error: limit };
			const afterId = query.afterId?.[0];
			const start = afterId ? docs.findIndex((doc) => doc[idKey] === afterId) + 1 : 0;
			if (afterId && start === 0) return { error: `afterId ${afterId} is unknown` };
			return { items: docs.slice(start, start + limit) };
		}
		case 'auditLog':
			return auditLogPage(docs, query, rule.pageSize);
	}
}
