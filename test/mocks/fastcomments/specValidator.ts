import { OpenAPIBackend, type Document } from 'openapi-backend';
import type { IncomingHttpHeaders } from 'node:http';
import { specDocument } from './spec';

export interface WireRequest {
	method: string;
	/** Path with the query string exactly as sent. */
	url: string;
	headers: IncomingHttpHeaders | Record<string, string>;
	body?: unknown;
}

export interface WireCheck {
	/** The spec operation the method and path match, if any. */
	operationId?: string;
	/** Readable problems: parameters or body the spec does not accept. */
	errors: string[];
}

export interface SpecValidator {
	check(request: WireRequest): WireCheck;
	/** A response for the operation generated from the spec's 200 schema (status forced to "success"). */
	mockResponse(operationId: string): unknown;
}

/**
 * The spec writes `{"allOf": [...], "nullable": true}` without a `type`, which OpenAPI 3.0 (and ajv) reject. The
 * same meaning, "this, or null", is rewritten as `anyOf` with a null-only branch; nothing else is touched.
 */
function withTypelessNullables(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withTypelessNullables);
	if (!value || typeof value !== 'object') return value;
	const copy: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value)) copy[key] = withTypelessNullables(entry);
	if (copy.nullable === true && copy.type === undefined && !('$ref' in copy)) {
		delete copy.nullable;
		return { anyOf: [copy, { enum: [null] }] };
	}
	return copy;
}

/** The OpenAPI number formats as the spec means them: FastComments refuses an int32 past 2^31-1, for instance. */
const NUMBER_FORMATS: Record<string, (value: number) => boolean> = {
	int32: (value) => Number.isInteger(value) && value >= -(2 ** 31) && value <= 2 ** 31 - 1,
	int64: (value) => Number.isInteger(value) && Math.abs(value) <= 2 ** 63,
	float: (value) => Number.isFinite(value) && Math.abs(value) <= 3.4028234663852886e38,
	double: (value) => Number.isFinite(value),
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * FastComments' openapi.json through openapi-backend (a maintained OpenAPI 3 router and validator built on ajv).
 * The spec itself breaks a few OpenAPI 3.0 rules ($ref with siblings), so it is loaded in quick mode, which skips
 * validating the document but still checks every request against its operation.
 */
export async function createSpecValidator(): Promise<SpecValidator> {
	const api = new OpenAPIBackend({
		definition: withTypelessNullables(specDocument()) as Document,
		quick: true,
		strict: true,
		validate: true,
		customizeAjv: (ajv) => {
			ajv.addFormat('date-time', { type: 'string', validate: (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) });
			for (const [name, validate] of Object.entries(NUMBER_FORMATS)) ajv.addFormat(name, { type: 'number', validate });
			return ajv;
		},
	});
	await api.init();
	return {
		check(request) {
			const [path] = request.url.split('?');
			const method = request.method.toLowerCase();
			const operation = api.matchOperation({ method, path, headers: request.headers as Record<string, string> });
			if (!operation) return { errors: [`no operation in the spec for ${request.method} ${path}`] };
			const result = api.validateRequest(
				{ method, path: request.url, headers: request.headers as Record<string, string>, body: request.body },
				operation,
			);
			const errors = (result.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
			// The validator checks a body that came; one the spec requires but that never came is refused here.
			if (operation.requestBody && 'required' in operation.requestBody && operation.requestBody.required && request.body === undefined) {
				errors.push('the request body is required (send at least {} as application/json)');
			}
			return { operationId: operation.operationId, errors };
		},
		mockResponse(operationId) {
			const { mock } = api.mockResponseForOperation(operationId);
			if (mock && typeof mock === 'object' && !Array.isArray(mock)) return { ...(mock as object), status: 'success' };
			return mock;
		},
	};
}
