import type { MockRequest, MockResponse, MockServer } from '../shared';
import { pageOf } from './listPaging';
import { failed, success } from './responses';
import type { FastCommentsState } from './state';
import type { CollectionSpec, Doc } from './types';

function bodyObject(req: MockRequest): Doc {
	return req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Doc) : {};
}

function find(state: FastCommentsState, spec: CollectionSpec, id: string): Doc | undefined {
	return state.list(spec.name).find((doc) => String(doc[spec.idKey]) === id);
}

function notFound(spec: CollectionSpec, id: string): MockResponse {
	return failed('not-found', `No ${spec.singleKey} with ${spec.idKey} ${id}`, 404);
}

/** List, get, create, update, replace and delete for one collection, as its spec operations describe them. */
export function addCollectionRoutes(server: MockServer, state: FastCommentsState, spec: CollectionSpec): void {
	const itemPath = spec.itemPath ?? `${spec.path}/:id`;
	const { operations } = spec;
	if (operations.list) {
		server.route('GET', spec.path, (req) => {
			const page = pageOf(spec.paging, state.list(spec.name), req.query, spec.idKey);
			return 'error' in page ? failed('invalid-paging', page.error, 400) : success({ [spec.itemsKey]: page.items });
		});
	}
	if (operations.get) {
		server.route('GET', itemPath, (req) => {
			const doc = find(state, spec, req.params.id);
			return doc ? success({ [spec.singleKey]: doc }) : notFound(spec, req.params.id);
		});
	}
	if (operations.create) {
		server.route('POST', spec.path, (req) => {
			const doc: Doc = { ...bodyObject(req) };
			doc[spec.idKey] ??= state.newId(spec.name.slice(0, 1));
			if (find(state, spec, String(doc[spec.idKey]))) return failed('duplicate', `A ${spec.singleKey} with this ${spec.idKey} exists`);
			state.list(spec.name).push(doc);
			return success({ [spec.singleKey]: doc });
		});
	}
	const change = (replace: boolean) => (req: MockRequest) => {
		const doc = find(state, spec, req.params.id);
		if (!doc) return notFound(spec, req.params.id);
		if (replace) for (const key of Object.keys(doc)) if (key !== spec.idKey) delete doc[key];
		Object.assign(doc, bodyObject(req), { [spec.idKey]: doc[spec.idKey] });
		return success({ [spec.singleKey]: doc });
	};
	// Changes always address `${path}/:id`, even where reading uses another route (SSO users: /by-id/:id).
	const changeRoute = `${spec.path}/:id`;
	if (operations.update) server.route('PATCH', changeRoute, change(false));
	if (operations.replace) server.route('PUT', changeRoute, change(true));
	if (operations.remove) {
		server.route('DELETE', changeRoute, (req) => {
			const list = state.list(spec.name);
			const index = list.findIndex((doc) => String(doc[spec.idKey]) === req.params.id);
			if (index === -1) return notFound(spec, req.params.id);
			list.splice(index, 1);
			return success();
		});
	}
}
