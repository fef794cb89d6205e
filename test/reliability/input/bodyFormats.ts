import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';
import { fastCommentsCatalog } from '../../../nodes/FastComments/actions';
import type { OperationSpec } from '../../../nodes/FastComments/engine/types';
import requestSchemas from '../../../nodes/FastComments/spec/requestSchemas.json';
import { schemaBounds, type OpenApiSchema } from '../../../nodes/shared/input/openApiSchema';
import { sampleBody, sampleParameters } from '../../unit/fastcomments/sampleParameters';
import { outOfRange } from './invalidValues';

const bodies = requestSchemas.bodies as Record<string, OpenApiSchema>;
const components = requestSchemas.schemas as Record<string, OpenApiSchema>;
const resolved = (schema: OpenApiSchema): OpenApiSchema => (schema.$ref ? (components[schema.$ref.split('/').pop() ?? ''] ?? {}) : schema);

/** One number field of a FastComments request body, with a format or bounds in the spec, and values it must refuse. */
export interface BodyNumberCase {
	where: string;
	label: string;
	/** Valid parameters with `value` put into the body at the field. */
	parameters: (value: unknown) => IDataObject;
	values: fc.Arbitrary<unknown>;
}

const constrained = (schema: OpenApiSchema) => ['integer', 'number'].includes(schema.type ?? '') && (schema.format !== undefined || schema.minimum !== undefined || schema.maximum !== undefined);

/** The body with `value` at `field`: in the object itself, or in the first entry of a list body. */
function bodyWith(body: unknown, field: string, value: unknown): unknown {
	if (Array.isArray(body)) return [{ ...(body[0] as IDataObject), [field]: value }, ...body.slice(1)];
	return { ...(body as IDataObject), [field]: value };
}

function casesOf(resource: string, spec: OperationSpec): BodyNumberCase[] {
	const root = resolved(bodies[spec.operationId] ?? {});
	const holder = root.type === 'array' ? resolved(root.items ?? {}) : root;
	return Object.entries(holder.properties ?? {})
		.filter(([, schema]) => constrained(schema))
		.map(([field, schema]) => {
			const bounds = schemaBounds(schema);
			return {
				where: `${resource}/${spec.value} body.${field} (${schema.format ?? 'bounded'})`,
				label: `${spec.body} (JSON)`,
				// An object body (as an expression gives it), so NaN and Infinity arrive as themselves.
				parameters: (value: unknown) => ({ ...sampleParameters(resource, spec), body: bodyWith(sampleBody(spec.operationId), field, value) as IDataObject }),
				values: outOfRange({ min: bounds.min, max: bounds.max, integer: Boolean(bounds.integer) }),
			};
		});
}

/** Every number field with a format (int32, int64, float, double) at the top of a FastComments request body. */
export function fastCommentsBodyNumberCases(): BodyNumberCase[] {
	return fastCommentsCatalog.flatMap((entry) => entry.operations.filter((spec) => spec.body).flatMap((spec) => casesOf(entry.value, spec)));
}
