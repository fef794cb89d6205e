import type { OpenApiSchema } from '../../../nodes/shared/input/openApiSchema';

/**
 * A value that satisfies an OpenAPI schema, with every property filled (so a body exercises the whole schema):
 * first enum value, first anyOf branch, ISO text for date-times, one item per array.
 */
export function sampleFromSchema(schema: OpenApiSchema, components: Record<string, OpenApiSchema>, depth = 0): unknown {
	if (schema.$ref) return sampleFromSchema(components[schema.$ref.split('/').pop() ?? ''] ?? {}, components, depth);
	if (schema.allOf?.length) {
		const parts = schema.allOf.map((part) => sampleFromSchema(part, components, depth));
		return parts.every((part) => part && typeof part === 'object' && !Array.isArray(part)) ? Object.assign({}, ...parts) : parts[0];
	}
	if (schema.anyOf?.length) return sampleFromSchema(schema.anyOf[0], components, depth);
	if (schema.oneOf?.length) return sampleFromSchema(schema.oneOf[0], components, depth);
	if (schema.enum?.length) return schema.enum.find((value) => value !== null);
	switch (schema.type) {
		case 'string':
			return schema.format === 'date-time' ? '2025-01-06T09:00:00.000Z' : 'sample';
		case 'integer':
			return 1;
		case 'number':
			return 1.5;
		case 'boolean':
			return true;
		case 'array':
			return depth > 4 || !schema.items ? [] : [sampleFromSchema(schema.items, components, depth + 1)];
		default: {
			if (!schema.properties) return {};
			const out: Record<string, unknown> = {};
			for (const [name, property] of Object.entries(schema.properties)) {
				if (depth > 4 && !schema.required?.includes(name)) continue;
				out[name] = sampleFromSchema(property, components, depth + 1);
			}
			return out;
		}
	}
}
