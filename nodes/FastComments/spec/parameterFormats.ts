import { schemaBounds, type OpenApiSchema } from '../../shared/input/openApiSchema';
import type { OperationSpec } from '../engine/types';
import requestSchemas from './requestSchemas.json';

/** Number query and path parameters per operation, from FastComments' OpenAPI spec (generated with the bodies). */
const parameters = requestSchemas.parameters as Record<string, Record<string, OpenApiSchema>>;

/** The operation with each number field carrying the range its format in the spec allows (int32, int64, double). */
export function withSpecBounds(spec: OperationSpec): OperationSpec {
	const documented = parameters[spec.operationId];
	if (!documented) return spec;
	const attach = <F extends { name: string }>(apiField: F): F => (documented[apiField.name] ? { ...apiField, specBounds: schemaBounds(documented[apiField.name]) } : apiField);
	return { ...spec, pathFields: spec.pathFields?.map(attach), query: spec.query?.map(attach) };
}
