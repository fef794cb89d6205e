import type { IDataObject, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import type { PagingStrategy } from '../pagination/types';
import type { ApiRequest } from '../transport/types';
import { readList, returnAllAndLimit } from './listFields';
import { responseRows } from './responseRows';
import type { Resource } from './types';

export interface PagingStyle {
	name: string;
	value: string;
	strategy: PagingStrategy;
}

const queryValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);
const querySchema = z.record(queryValue);
const bodySchema = z.union([z.record(z.unknown()), z.array(z.unknown())]);
const METHODS = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'];

function fields(pagingStyles: PagingStyle[]): INodeProperties[] {
	const paged = { show: { paging: pagingStyles.map((style) => style.value) } };
	return [
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			options: METHODS.map((method) => ({ name: method, value: method })),
			default: 'GET',
		},
		{
			displayName: 'Path',
			name: 'path',
			type: 'string',
			required: true,
			default: '',
			placeholder: '/skus',
			description: "Relative to the credential's base URL; it cannot point at another host",
		},
		{ displayName: 'Query Parameters (JSON)', name: 'query', type: 'json', default: '{}', description: 'An object of query parameters' },
		{
			displayName: 'Body (JSON)',
			name: 'body',
			type: 'json',
			default: '{}',
			displayOptions: { show: { method: ['PATCH', 'POST', 'PUT'] } },
		},
		{
			displayName: 'Paging',
			name: 'paging',
			type: 'options',
			options: [{ name: 'None (One Request)', value: 'none' }, ...pagingStyles.map(({ name, value }) => ({ name, value }))],
			default: 'none',
			displayOptions: { show: { method: ['GET'] } },
		},
		...returnAllAndLimit().map((property) => ({
			...property,
			displayOptions: { show: { ...paged.show, ...(property.displayOptions?.show ?? {}) } },
		})),
	];
}

/**
 * A request to any path of the service, with the same auth, throttle, retries, paging and errors as the rest.
 * POST and PATCH are never repeated after a fault, because the engine cannot know whether they are safe to repeat.
 */
export function customApiCallResource(pagingStyles: PagingStyle[]): Resource {
	return {
		value: 'customApiCall',
		name: 'Custom API Call',
		description: 'Call any endpoint of the API',
		operations: [
			{
				value: 'call',
				name: 'Call',
				action: 'Make a custom API call',
				description: 'Send a request to any endpoint with this credential',
				returns: "the service's answer: one item per entry when it is a list, otherwise one item; with Paging, the entries of every page read",
				properties: fields(pagingStyles),
				run: async (input) => {
					const { client, params, itemIndex } = input;
					const method = params.choice('method', 'Method', METHODS) as IHttpRequestMethods;
					const path = params.string('path', 'Path');
					if (!path) throw params.fail('Path', 'is required');
					if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) throw params.fail('Path', 'must be relative to the base URL, not a full URL');
					const request: ApiRequest = { method, path, qs: params.json('query', 'Query Parameters (JSON)', querySchema) as IDataObject };
					if (['PATCH', 'POST', 'PUT'].includes(method)) request.body = params.json('body', 'Body (JSON)', bodySchema) as IDataObject;
					const paging = method === 'GET' ? params.choice('paging', 'Paging', ['none', ...pagingStyles.map((style) => style.value)], 'none') : 'none';
					const style = pagingStyles.find((candidate) => candidate.value === paging);
					if (!style) return responseRows(await client.send(request, itemIndex));
					return await readList(input, request, style.strategy);
				},
			},
		],
	};
}
