import { itemsAt } from '../pageItems';
import type { PagingStrategy } from '../types';

/** A list the service returns whole in one response: Limit is applied to it here, and no next page exists. */
export function singlePagePaging(options: { itemsPath: string }): PagingStrategy {
	return {
		first: (request) => request,
		read: (response) => ({ items: itemsAt(response.body, options.itemsPath) }),
	};
}
