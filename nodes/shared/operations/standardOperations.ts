import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { ItemParameters } from '../input/itemParameters';
import type { PagingStrategy } from '../pagination/types';
import { withIndefiniteArticle } from './indefiniteArticle';
import { readList, returnAllAndLimit } from './listFields';
import { responseRows } from './responseRows';
import type { Operation } from './types';

interface GetOptions {
	/** Singular noun as users say it: "order", "restocking shipment". */
	noun: string;
	locator: INodeProperties;
	path(id: string): string;
	properties?: INodeProperties[];
	query?(params: ItemParameters): IDataObject;
	/** What the answer holds (see Operation.returns); by default "the <noun> as one item, with all its fields". */
	returns?: string;
}

/** "Get": one object by id. */
export function getOperation(options: GetOptions): Operation {
	return {
		value: 'get',
		name: 'Get',
		action: `Get ${withIndefiniteArticle(options.noun)}`,
		description: `Retrieve one ${options.noun} by its ID`,
		returns: options.returns ?? `the ${options.noun} as one item, with all its fields`,
		properties: [options.locator, ...(options.properties ?? [])],
		concurrentItems: true,
		run: async ({ client, params, itemIndex }) => {
			const id = params.locatorId(options.locator);
			const qs = options.query?.(params);
			return responseRows(await client.send({ method: 'GET', path: options.path(id), qs }, itemIndex));
		},
	};
}

interface GetManyOptions {
	/** Plural noun: "orders". */
	nouns: string;
	path: string;
	strategy: PagingStrategy;
	properties?: INodeProperties[];
	query?(params: ItemParameters): IDataObject;
	description?: string;
	/** What the answer holds (see Operation.returns); by default "the <nouns>, one item each". */
	returns?: string;
}

/** "Get Many": a paged list with Return All and Limit. */
export function getManyOperation(options: GetManyOptions): Operation {
	return {
		value: 'getAll',
		name: 'Get Many',
		action: `Get many ${options.nouns}`,
		description: options.description ?? `List ${options.nouns}`,
		returns: options.returns ?? `the ${options.nouns}, one item each`,
		properties: [...returnAllAndLimit(), ...(options.properties ?? [])],
		concurrentItems: true,
		run: async (input) => await readList(input, { method: 'GET', path: options.path, qs: options.query?.(input.params) }, options.strategy),
	};
}
