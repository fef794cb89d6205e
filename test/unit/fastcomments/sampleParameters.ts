import type { IDataObject } from 'n8n-workflow';
import type { OpenApiSchema } from '../../../nodes/shared/input/openApiSchema';
import type { ApiField, OperationSpec } from '../../../nodes/FastComments/engine/types';
import requestSchemas from '../../../nodes/FastComments/spec/requestSchemas.json';
import { sampleFromSchema } from '../../mocks/fastcomments/sampleFromSchema';

const PATH_SAMPLES: Record<string, string> = {
	email: 'reader@example.com',
	tag: '#news',
	domain: 'blog.example.com',
	domainToUpdate: 'blog.example.com',
};

/** A valid value of every kind, as a user would enter it in the editor. */
export function sampleValue(apiField: ApiField): unknown {
	if (apiField.options?.length) return apiField.options[0].value;
	switch (apiField.kind) {
		case 'boolean':
			return true;
		case 'integer':
			return Math.max(apiField.min ?? 1, 1);
		case 'number':
			return 2.5;
		case 'list':
			return 'first, second';
		case 'epochMs':
		case 'isoDate':
			return '2025-01-06T09:00:00.000Z';
		default:
			return PATH_SAMPLES[apiField.name] ?? 'sample-value';
	}
}

function entered(apiField: ApiField): unknown {
	const value = sampleValue(apiField);
	return apiField.picker ? { __rl: true, mode: 'id', value } : value;
}

export function sampleBody(operationId: string): unknown {
	const bodies = requestSchemas.bodies as Record<string, OpenApiSchema>;
	return sampleFromSchema(bodies[operationId], requestSchemas.schemas as Record<string, OpenApiSchema>);
}

/** Node parameters that fill every field of an operation, every optional one included. */
export function sampleParameters(resource: string, spec: OperationSpec, list: { returnAll: boolean; limit?: number } = { returnAll: false, limit: 3 }): IDataObject {
	const parameters: IDataObject = { resource, operation: spec.value };
	for (const apiField of [...(spec.pathFields ?? []), ...(spec.query ?? []).filter((candidate) => candidate.required)]) {
		parameters[apiField.name] = entered(apiField) as IDataObject[keyof IDataObject];
	}
	const options: IDataObject = {};
	for (const apiField of (spec.query ?? []).filter((candidate) => !candidate.required)) options[apiField.name] = sampleValue(apiField) as IDataObject[keyof IDataObject];
	parameters.options = options;
	if (spec.body) parameters.body = JSON.stringify(sampleBody(spec.operationId));
	if (spec.list) Object.assign(parameters, list);
	for (const extra of spec.extraProperties ?? []) parameters[extra.name] = extra.default as IDataObject[keyof IDataObject];
	return parameters;
}
