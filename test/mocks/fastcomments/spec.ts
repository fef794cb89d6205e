import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiSchema } from '../../../nodes/shared/input/openApiSchema';

/**
 * FastComments' official OpenAPI spec (fastcomments-python, openapi.json, sha256 below), copied here so tests and
 * the mock never read it from outside the repo. A new spec version changes the hash: tests that pin it fail with
 * a message saying what to re-check, instead of passing against operations the node does not know.
 */
export const SPEC_PATH = join(__dirname, 'openapi.json');
export const PINNED_SPEC_SHA256 = '483cf1fb901baed9166692ec42d52c673159b57b034afc866b59d1d265214a09';
export const PINNED_OPERATION_COUNT = 114;
export const API_PREFIX = '/api/v1';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface SpecParameter {
	name: string;
	in: 'query' | 'path' | 'header';
	required?: boolean;
	schema: OpenApiSchema;
}

export interface SpecOperation {
	operationId: string;
	method: Uppercase<(typeof METHODS)[number]>;
	path: string;
	parameters: SpecParameter[];
	requestBody?: { required?: boolean; content: Record<string, { schema: OpenApiSchema }> };
	responses: Record<string, { content?: Record<string, { schema: OpenApiSchema }> }>;
}

export interface SpecDocument {
	paths: Record<string, Record<string, Omit<SpecOperation, 'method' | 'path'>>>;
	components: { schemas: Record<string, OpenApiSchema> };
}

let cached: { text: string; document: SpecDocument } | undefined;

function load(): { text: string; document: SpecDocument } {
	cached ??= (() => {
		const text = readFileSync(SPEC_PATH, 'utf8');
		return { text, document: JSON.parse(text) as SpecDocument };
	})();
	return cached;
}

export function specDocument(): SpecDocument {
	return load().document;
}

export function specSha256(): string {
	return createHash('sha256').update(load().text).digest('hex');
}

/** Every operation under /api/v1, in the spec's order. */
export function apiOperations(): SpecOperation[] {
	const operations: SpecOperation[] = [];
	for (const [path, item] of Object.entries(specDocument().paths)) {
		if (!path.startsWith(`${API_PREFIX}/`)) continue;
		for (const method of METHODS) {
			const operation = item[method];
			if (operation) operations.push({ ...operation, method: method.toUpperCase() as SpecOperation['method'], path });
		}
	}
	return operations;
}

export function specOperation(operationId: string): SpecOperation {
	const found = apiOperations().find((operation) => operation.operationId === operationId);
	if (!found) throw new Error(`The spec has no operation ${operationId}`);
	return found;
}

/** Resolves a `#/components/schemas/X` reference (one level). */
export function resolveSchema(schema: OpenApiSchema): OpenApiSchema {
	if (!schema.$ref) return schema;
	const name = schema.$ref.split('/').pop() ?? '';
	return specDocument().components.schemas[name] ?? {};
}

export function specMismatchMessage(): string {
	return (
		`test/mocks/fastcomments/openapi.json changed (sha256 ${specSha256()}, pinned ${PINNED_SPEC_SHA256}). ` +
		'Check the new spec against the node: added, removed or changed operations, parameters and bodies; then ' +
		'regenerate nodes/FastComments/spec/requestSchemas.json (npx tsx test/mocks/fastcomments/writeRequestSchemas.ts) ' +
		'and update PINNED_SPEC_SHA256 and PINNED_OPERATION_COUNT in test/mocks/fastcomments/spec.ts.'
	);
}
