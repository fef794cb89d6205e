export type Doc = Record<string, unknown>;

/** How a collection's list pages, as FastComments documents it for that resource. */
export type PagingRule =
	| { kind: 'whole' }
	| { kind: 'skip'; pageSize: number }
	| { kind: 'skipLimit'; defaultLimit: number; maxLimit: number }
	| { kind: 'page'; pageSize: number }
	| { kind: 'afterId'; defaultLimit: number; maxLimit: number }
	| { kind: 'auditLog'; pageSize: number };

export interface CollectionSpec {
	name: string;
	/** List route, e.g. /api/v1/moderators. */
	path: string;
	/** Route of one document; defaults to `${path}/:id`. */
	itemPath?: string;
	itemsKey: string;
	/** The key a single document is returned under, e.g. `moderator`. */
	singleKey: string;
	idKey: string;
	paging: PagingRule;
	/** Spec operation ids this collection answers (the rest fall back to spec-generated answers). */
	operations: { list?: string; get?: string; create?: string; update?: string; replace?: string; remove?: string };
}
