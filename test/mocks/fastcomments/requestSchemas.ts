import type { OpenApiSchema } from '../../../nodes/shared/input/openApiSchema';
import { apiOperations, specDocument, specSha256 } from './spec';

export interface RequestSchemasFile {
	source: { title: string; sha256: string; operations: number };
	/** Per operationId: the JSON request body's schema. */
	bodies: Record<string, OpenApiSchema>;
	/** Every component schema the bodies reach, without prose. */
	schemas: Record<string, OpenApiSchema>;
	/** Per operationId: the schemas of its number query and path parameters (their formats are checked before sending). */
	parameters: Record<string, Record<string, OpenApiSchema>>;
}

const PROSE = new Set(['description', 'title', 'example']);

function withoutProse(value: unknown, insideProperties = false): unknown {
	if (Array.isArray(value)) return value.map((entry) => withoutProse(entry));
	if (!value || typeof value !== 'object') return value;
	const copy: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value)) {
		// Inside `properties` the keys are field names, so a field called "description" stays.
		if (!insideProperties && PROSE.has(key)) continue;
		copy[key] = withoutProse(entry, key === 'properties' && !insideProperties);
	}
	return copy;
}

function refsIn(value: unknown, found: Set<string>): void {
	if (Array.isArray(value)) return value.forEach((entry) => refsIn(entry, found));
	if (!value || typeof value !== 'object') return;
	for (const [key, entry] of Object.entries(value)) {
		if (key === '$ref' && typeof entry === 'string') found.add(entry.split('/').pop() ?? entry);
		else refsIn(entry, found);
	}
}

/** The request-body part of the spec the node ships, derived from the spec alone (so it can be checked in sync). */
export function buildRequestSchemas(): RequestSchemasFile {
	const operations = apiOperations();
	const bodies: Record<string, OpenApiSchema> = {};
	for (const operation of operations) {
		const schema = operation.requestBody?.content['application/json']?.schema;
		if (schema) bodies[operation.operationId] = withoutProse(schema) as OpenApiSchema;
	}
	const components = specDocument().components.schemas;
	const reached = new Set<string>();
	const queue = new Set<string>();
	refsIn(bodies, queue);
	while (queue.size) {
		const [name] = queue;
		queue.delete(name);
		if (reached.has(name)) continue;
		reached.add(name);
		refsIn(components[name], queue);
	}
	const schemas: Record<string, OpenApiSchema> = {};
	for (const name of [...reached].sort()) schemas[name] = withoutProse(components[name]) as OpenApiSchema;
	const parameters: Record<string, Record<string, OpenApiSchema>> = {};
	for (const operation of operations) {
		const numeric = operation.parameters.filter((parameter) => parameter.in !== 'header' && ['integer', 'number'].includes(parameter.schema.type ?? ''));
		if (numeric.length) parameters[operation.operationId] = Object.fromEntries(numeric.map((parameter) => [parameter.name, withoutProse(parameter.schema) as OpenApiSchema]));
	}
	return { source: { title: 'fastcomments', sha256: specSha256(), operations: operations.length }, bodies, schemas, parameters };
}

/** One schema per line: readable diffs when the spec changes, without thousands of lines. */
export function requestSchemasText(): string {
	const file = buildRequestSchemas();
	const block = (entries: Record<string, unknown>) =>
		Object.entries(entries)
			.map(([name, schema]) => `\t\t${JSON.stringify(name)}: ${JSON.stringify(schema)}`)
			.join(',\n');
	return `{\n\t"source": ${JSON.stringify(file.source)},\n\t"bodies": {\n${block(file.bodies)}\n\t},\n\t"schemas": {\n${block(file.schemas)}\n\t},\n\t"parameters": {\n${block(file.parameters)}\n\t}\n}\n`;
}
