import { pageNumberPaging } from '../shared/pagination';

/** Every Hive list: `?page=N`, items in `data`, and `pagination.page_count` telling how many pages exist. */
export const hivePaging = pageNumberPaging({ itemsPath: 'data', pageCountPath: 'pagination.page_count' });
