import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { z } from 'zod';
import { readList, returnAllAndLimit } from '../../shared/operations/listFields';
import { responseRows } from '../../shared/operations/responseRows';
import type { Resource } from '../../shared/operations/types';
import { describeBytes, LIMITS_SENTENCE, MAX_BODY_BYTES } from '../fasterForwardLimits';
import { chosenPaging, pagingFields } from './apiRequestPaging';
import { pathOptionsProperty, PATH_DESCRIPTION, relativePath } from './documentedPaths';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const queryObject = z.record(z.union([scalar, z.array(scalar)]));
const jsonBody = z.union([z.record(z.unknown()), z.array(z.unknown())]);
const WITH_BODY = ['PATCH', 'POST', 'PUT'];

export const apiRequestResource: Resource = {
	value: 'apiRequest',
	name: 'API Request',
	description: 'Any endpoint of your Faster Forward API reference, with token, limits, retries and paging handled',
	operations: [
		{
			value: 'send',
			name: 'Send',
			action: 'Send an API request',
			description: 'Send a request to a path of your Faster Forward Elements API reference (client files, documents, …)',
			returns: "Faster Forward's answer: one item per entry when it is a list, otherwise one item; with Paging, the entries of every page read",
			properties: [
				{
					displayName: 'Method',
					name: 'method',
					type: 'options',
					options: ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'].map((method) => ({ name: method, value: method })),
					default: 'GET',
				},
				{ displayName: 'Path', name: 'path', type: 'string', required: true, default: '', placeholder: '/path/from/your/api/reference', description: PATH_DESCRIPTION },
				{ displayName: 'Query Parameters (JSON)', name: 'query', type: 'json', default: '{}' },
				{ displayName: 'Body (JSON)', name: 'body', type: 'json', default: '{}', displayOptions: { show: { method: WITH_BODY } } },
				...pagingFields,
				...returnAllAndLimit().map((field) => ({ ...field, displayOptions: { show: { paging: ['pageNumber', 'nextLink'], ...(field.displayOptions?.show ?? {}) } } })),
				pathOptionsProperty,
			],
			run: async (input) => {
				const { client, params, itemIndex } = input;
				const method = params.string('method', 'Method', 'GET').toUpperCase() as IHttpRequestMethods;
				if (![...WITH_BODY, 'GET', 'DELETE'].includes(method)) throw params.fail('Method', `must be GET, POST, PUT, PATCH or DELETE, not "${method}"`);
				const path = relativePath(params);
				const qs = params.json('query', 'Query Parameters (JSON)', queryObject) as IDataObject;
				const body = WITH_BODY.includes(method) ? (params.json('body', 'Body (JSON)', jsonBody) as IDataObject) : undefined;
				const bodyBytes = body === undefined ? 0 : Buffer.byteLength(JSON.stringify(body));
				if (bodyBytes > MAX_BODY_BYTES) throw params.fail('Body (JSON)', `makes a request body of ${describeBytes(bodyBytes)}. ${LIMITS_SENTENCE}.`);
				const paging = method === 'GET' ? chosenPaging(params) : undefined;
				const request = { method, path, qs, body };
				if (!paging) return responseRows(await client.send(request, itemIndex));
				return await readList(input, request, paging);
			},
		},
	],
};
