export { readAll, readPages, type ReadOptions } from './readPages';
export type { Page, PagingStrategy } from './types';
export { pageNumberPaging, type PageNumberOptions } from './strategies/pageNumber';
export { offsetPaging, type OffsetOptions } from './strategies/offset';
export { nextLinkPaging, type NextLinkOptions } from './strategies/nextLink';
export { lastItemCursorPaging, type LastItemCursorOptions } from './strategies/lastItemCursor';
export { responseCursorPaging, type ResponseCursorOptions } from './strategies/responseCursor';
export { singlePagePaging } from './strategies/singlePage';
