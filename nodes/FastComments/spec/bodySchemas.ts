import type { z } from 'zod';
import { openApiToZod, type OpenApiSchema } from '../../shared/input/openApiSchema';
import requestSchemas from './requestSchemas.json';

/** Request-body schemas taken from FastComments' OpenAPI spec (generated; see test/mocks/fastcomments/spec.ts). */
const bodies = requestSchemas.bodies as Record<string, OpenApiSchema>;
const components = requestSchemas.schemas as Record<string, OpenApiSchema>;

const checkers = new Map<string, z.ZodTypeAny>();

export function hasBodySchema(operationId: string): boolean {
	return operationId in bodies;
}

/** A checker for the body of one operation, built on first use. */
export function bodySchema(operationId: string): z.ZodTypeAny {
	let checker = checkers.get(operationId);
	if (!checker) {
		const schema = bodies[operationId];
		if (!schema) throw new Error(`FastComments' spec has no request body for ${operationId}`);
		checker = openApiToZod(schema, components);
		checkers.set(operationId, checker);
	}
	return checker;
}

function resolve(schema: OpenApiSchema): OpenApiSchema {
	return schema.$ref ? (components[schema.$ref.split('/').pop() ?? ''] ?? {}) : schema;
}

function placeholder(schema: OpenApiSchema, depth: number): unknown {
	const resolved = resolve(schema);
	if (resolved.enum?.length) return resolved.enum[0];
	switch (resolved.type) {
		case 'string':
			return '';
		case 'number':
		case 'integer':
			return 0;
		case 'boolean':
			return false;
		case 'array':
			return [];
		default:
			return resolved.properties && depth < 2 ? requiredOnly(resolved, depth + 1) : {};
	}
}

function requiredOnly(schema: OpenApiSchema, depth: number): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const name of schema.required ?? []) out[name] = placeholder(schema.properties?.[name] ?? {}, depth);
	return out;
}

/** The default text of a body field: the schema's required fields with empty values, for the user to fill in. */
export function bodyExample(operationId: string): string {
	const schema = resolve(bodies[operationId] ?? {});
	const example = schema.type === 'array' ? [requiredOnly(resolve(schema.items ?? {}), 0)] : requiredOnly(schema, 0);
	return JSON.stringify(example, null, 2);
}
