import type { IDataObject } from 'n8n-workflow';
import { nextLinkPaging } from '../shared/pagination/strategies/nextLink';
import type { PagingStrategy } from '../shared/pagination/types';

/** The SurveyData endpoints refuse a larger page with 400 (streaming is not limited). */
export const FORSTA_DATA_PAGE_MAX = 10_000;

/**
 * Forsta collections: `{ itemCount, totalCount, items, links }`, following the HATEOAS link to the next page. The
 * general docs call it `links.next`, the Hubs docs and real clients `links.nextpage`; both are followed. `keyName`
 * names the key variable of data records (they have no `id`), so a record seen twice in one read is emitted once.
 */
export function forstaPaging(pageSize?: number, keyName?: string): PagingStrategy {
	const paging = nextLinkPaging({ itemsPath: 'items', linkPaths: ['links.nextpage', 'links.next'], sizeParam: 'pageSize', pageSize, totalItemsPath: 'totalCount' });
	return keyName ? { ...paging, itemKey: (item: IDataObject) => item[keyName] } : paging;
}

/** The key variable of a survey-data path: responses are keyed by `responseid`, respondents by `respid`. */
export function dataKeyOf(path: string): string {
	return /\/responses\/data$/.test(path) ? 'responseid' : 'respid';
}

/** `GET /v1/surveys` allows up to 5,000 per page; 500 keeps a page small and a Return All short. */
export const surveyListPaging = forstaPaging(500);
export const hubListPaging = forstaPaging(100);
