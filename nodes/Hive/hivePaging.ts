import { pageNumberPaging } from '../shared/pagination';

/**
 * Every Hive list: `?page=N`, items in `data`, and `pagination` telling how many pages and items exist. Both sizes
 * are read so that a list that shrinks while it is read is noticed even when its page count stays the same.
 */
export const hivePaging = pageNumberPaging({ itemsPath: 'data', pageCountPath: 'pagination.page_count', totalItemsPath: 'pagination.item_count' });
