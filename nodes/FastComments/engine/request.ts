import type { IDataObject } from 'n8n-workflow';
import type { ItemParameters } from '../../shared/input/itemParameters';
import type { ApiRequest } from '../../shared/transport/types';
import { bodySchema } from '../spec/bodySchemas';
import { LIST_OPTIONS } from './describe';
import { fieldBounds } from './fields';
import type { ApiField, OperationSpec } from './types';

type QueryValue = string | number | boolean | string[];

function present(value: unknown): boolean {
	return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** One entered value in the form the API takes; every problem names the field. */
export function apiValue(apiField: ApiField, raw: unknown, params: ItemParameters): QueryValue | undefined {
	const label = apiField.displayName;
	if (!present(raw)) return undefined;
	switch (apiField.kind) {
		case 'boolean':
			return params.flagOf(label, raw);
		case 'number':
		case 'integer':
			return params.numberOf(label, raw, fieldBounds(apiField));
		case 'list': {
			const values = params.listOf(label, raw);
			return values.length ? values : undefined;
		}
		case 'epochMs':
		case 'isoDate': {
			const time = typeof raw === 'number' ? raw : Date.parse(String(raw));
			// Past ±8.64e15 ms there is no date (toISOString would throw); an epoch field also keeps to its format.
			if (!Number.isFinite(time) || Number.isNaN(new Date(time).getTime())) throw params.fail(label, `is not a date: "${String(raw)}"`);
			return apiField.kind === 'epochMs' ? params.numberOf(label, time, fieldBounds(apiField)) : new Date(time).toISOString();
		}
		case 'options': {
			const options = apiField.options ?? [];
			const chosen = params.oneOf(label, typeof raw === 'number' ? String(raw) : raw, options.map((option) => String(option.value)));
			return options.find((option) => String(option.value) === chosen)?.value ?? chosen;
		}
		default:
			if (typeof raw === 'object') throw params.fail(label, 'must be text, not an object or a list');
			return String(raw).trim();
	}
}

function requiredValue(apiField: ApiField, params: ItemParameters): QueryValue {
	const raw = apiField.picker ? params.id(apiField.name, apiField.displayName) : params.raw(apiField.name);
	const value = apiValue(apiField, raw, params);
	if (value === undefined) throw params.fail(apiField.displayName, 'is required');
	return value;
}

function queryOf(spec: OperationSpec, params: ItemParameters): IDataObject {
	const qs: IDataObject = {};
	const fields = spec.query ?? [];
	for (const apiField of fields.filter((candidate) => candidate.required)) qs[apiField.name] = requiredValue(apiField, params);
	const chosen = fields.some((candidate) => !candidate.required) ? params.collection('options') : {};
	// Sort fields moved from Filters to Options; workflows saved before still have them under Filters.
	const ordering = spec.list && fields.some((candidate) => candidate.ordersList) ? params.collection(LIST_OPTIONS) : {};
	for (const apiField of fields.filter((candidate) => !candidate.required)) {
		const value = apiValue(apiField, ordering[apiField.name] ?? chosen[apiField.name], params);
		if (value !== undefined) qs[apiField.name] = value;
	}
	return qs;
}

function pathOf(spec: OperationSpec, params: ItemParameters): string {
	return spec.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const apiField = spec.pathFields?.find((candidate) => candidate.name === name);
		if (!apiField) throw new Error(`${spec.operationId}: no field for the path parameter {${name}}`);
		// Each value stays one path segment, whatever it holds (an SSO id with ":", an email, a hashtag with "#").
		return encodeURIComponent(String(requiredValue(apiField, params)));
	});
}

function bodyOf(spec: OperationSpec, params: ItemParameters): IDataObject | IDataObject[] | undefined {
	if (!spec.body) return undefined;
	const label = `${spec.body} (JSON)`;
	const value = params.parsedJson('body', label);
	params.checked(label, value, bodySchema(spec.operationId));
	// The value as entered is sent: the check must not reshape it.
	return value as IDataObject | IDataObject[];
}

/** The request one item asks for, checked completely before anything is sent. */
export function buildRequest(spec: OperationSpec, params: ItemParameters): ApiRequest {
	const request: ApiRequest = { method: spec.method, path: pathOf(spec, params), qs: queryOf(spec, params) };
	const body = bodyOf(spec, params);
	if (body !== undefined) request.body = body;
	if (spec.timeoutMs) request.timeoutMs = spec.timeoutMs;
	return request;
}
