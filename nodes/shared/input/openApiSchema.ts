import { z } from 'zod';
import { bothBounds, formatBounds, numberProblem, type NumberBounds } from './numberRange';

/** The part of OpenAPI 3.0's schema language that request bodies of our services use. */
export interface OpenApiSchema {
	$ref?: string;
	type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
	format?: string;
	minimum?: number;
	maximum?: number;
	/** A number in OpenAPI 3.1; in 3.0 a flag that makes `minimum`/`maximum` exclusive. */
	exclusiveMinimum?: boolean | number;
	exclusiveMaximum?: boolean | number;
	properties?: Record<string, OpenApiSchema>;
	required?: string[];
	additionalProperties?: boolean | OpenApiSchema;
	items?: OpenApiSchema;
	enum?: Array<string | number | boolean | null>;
	nullable?: boolean;
	allOf?: OpenApiSchema[];
	anyOf?: OpenApiSchema[];
	oneOf?: OpenApiSchema[];
	description?: string;
	title?: string;
}

function union(options: z.ZodTypeAny[]): z.ZodTypeAny {
	if (options.length === 0) return z.unknown();
	if (options.length === 1) return options[0];
	return z.union(options as [z.ZodTypeAny, z.ZodTypeAny, ...z.ZodTypeAny[]]);
}

/** The range a number schema allows: its format's, narrowed by the bounds the spec gives. */
export function schemaBounds(schema: OpenApiSchema): NumberBounds {
	const lower = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : schema.exclusiveMinimum ? schema.minimum : undefined;
	const upper = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : schema.exclusiveMaximum ? schema.maximum : undefined;
	const given: NumberBounds = {
		min: schema.exclusiveMinimum === true ? undefined : schema.minimum,
		max: schema.exclusiveMaximum === true ? undefined : schema.maximum,
		above: lower,
		below: upper,
	};
	return bothBounds(formatBounds(schema.type, schema.format), given);
}

function numberWithin(bounds: NumberBounds): z.ZodTypeAny {
	return z.number().superRefine((value, ctx) => {
		const problem = numberProblem(value, bounds);
		if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
	});
}

/**
 * A zod schema that accepts what an OpenAPI schema accepts, so a JSON field can be checked against the service's
 * own request schema before anything is sent. `$ref`s point into `components` (by their last path segment) and are
 * resolved lazily, which also keeps recursive schemas finite. Only checking is intended: send the original value.
 */
export function openApiToZod(root: OpenApiSchema, components: Record<string, OpenApiSchema>): z.ZodTypeAny {
	const named = new Map<string, z.ZodTypeAny>();

	function byRef(ref: string): z.ZodTypeAny {
		const name = ref.split('/').pop() ?? ref;
		let schema = named.get(name);
		if (!schema) {
			const target = components[name];
			if (!target) throw new Error(`The schema "${name}" is missing`);
			schema = z.lazy(() => convert(target));
			named.set(name, schema);
		}
		return schema;
	}

	function objectOf(schema: OpenApiSchema): z.ZodTypeAny {
		const required = new Set(schema.required ?? []);
		const shape: Record<string, z.ZodTypeAny> = {};
		for (const [key, property] of Object.entries(schema.properties ?? {})) {
			shape[key] = required.has(key) ? convert(property) : convert(property).optional();
		}
		const object = z.object(shape);
		const extra = schema.additionalProperties;
		if (extra === false) return object.strict();
		if (extra && typeof extra === 'object' && Object.keys(extra).length > 0) return object.catchall(convert(extra));
		return object.passthrough();
	}

	function base(schema: OpenApiSchema): z.ZodTypeAny {
		// OpenAPI 3.0 ignores keywords beside a $ref.
		if (schema.$ref) return byRef(schema.$ref);
		if (schema.allOf?.length) {
			return schema.allOf.map(convert).reduce((left, right) => z.intersection(left, right));
		}
		if (schema.anyOf?.length) return union(schema.anyOf.map(convert));
		if (schema.oneOf?.length) return union(schema.oneOf.map(convert));
		if (schema.enum) return union(schema.enum.filter((value) => value !== null).map((value) => z.literal(value as string | number | boolean)));
		switch (schema.type) {
			case 'string':
				return z.string();
			case 'integer':
			case 'number':
				return numberWithin(schemaBounds(schema));
			case 'boolean':
				return z.boolean();
			case 'array':
				return z.array(schema.items ? convert(schema.items) : z.unknown());
			case 'object':
				return objectOf(schema);
			default:
				return schema.properties ? objectOf(schema) : z.unknown();
		}
	}

	function convert(schema: OpenApiSchema): z.ZodTypeAny {
		const converted = base(schema);
		const nullable = schema.nullable === true || schema.enum?.includes(null) === true;
		return nullable && !schema.$ref ? converted.nullable() : converted;
	}

	return convert(root);
}
