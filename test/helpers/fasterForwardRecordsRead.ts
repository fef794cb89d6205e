import type { INodeParameters } from 'n8n-workflow';
import { MOCK_API } from '../mocks/fasterforward';

/** Faster Forward API Request: GET the mock's test records page by page, with the page count it reports. */
export const fasterForwardRecordsRead = (pageSize: number, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'apiRequest',
	operation: 'send',
	method: 'GET',
	path: `${MOCK_API}/records`,
	query: '{}',
	paging: 'pageNumber',
	itemsPath: 'data',
	pageParam: 'page',
	firstPage: 1,
	pageSizeParam: 'pageSize',
	pageSize,
	pageCountPath: 'meta.pageCount',
	returnAll: true,
	...extra,
});
