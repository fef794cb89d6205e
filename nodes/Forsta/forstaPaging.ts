import { nextLinkPaging } from '../shared/pagination/strategies/nextLink';
import type { PagingStrategy } from '../shared/pagination/types';

/** The SurveyData endpoints refuse a larger page with 400 (streaming is not limited). */
export const FORSTA_DATA_PAGE_MAX = 10_000;

/**
 * Forsta collections: `{ itemCount, totalCount, items, links }`, following the HATEOAS link to the next page. The
 * general docs call it `links.next`, the Hubs docs and real clients `links.nextpage`; both are followed.
 */
export function forstaPaging(pageSize?: number): PagingStrategy {
	return nextLinkPaging({ itemsPath: 'items', linkPaths: ['links.nextpage', 'links.next'], sizeParam: 'pageSize', pageSize, totalItemsPath: 'totalCount' });
}

/** `GET /v1/surveys` allows up to 5,000 per page; 500 keeps a page small and a Return All short. */
export const surveyListPaging = forstaPaging(500);
export const hubListPaging = forstaPaging(100);
