import type { OpenApiSchema } from '../../../nodes/shared/input/openApiSchema';
import { apiOperations, resolveSchema } from './spec';

/** Fields only a failed answer has: FastComments puts its error shape in the same union as the success answer. */
const ERROR_FIELDS = new Set(['reason', 'code', 'statusCode']);

/** The top-level fields of an answer's schema, branches of a union included; none for a list answer. */
function fieldsOf(schema: OpenApiSchema): string[] {
	const resolved = resolveSchema(schema);
	if (resolved.type === 'array') return [];
	const branches = [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])];
	return [...new Set([...Object.keys(resolved.properties ?? {}), ...branches.flatMap(fieldsOf)])];
}

/** Per operationId: the fields of its 200 answer, as the spec gives them (the node names them to AI agents). */
export function buildResponseFields(): Record<string, string[]> {
	return Object.fromEntries(
		apiOperations().map((operation) => {
			const schema = operation.responses['200']?.content?.['application/json']?.schema ?? {};
			return [operation.operationId, fieldsOf(schema).filter((field) => !ERROR_FIELDS.has(field))];
		}),
	);
}

export function responseFieldsText(): string {
	return `${JSON.stringify(buildResponseFields(), null, '\t')}\n`;
}
