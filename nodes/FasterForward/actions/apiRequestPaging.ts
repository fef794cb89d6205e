import type { INodeProperties } from 'n8n-workflow';
import type { ItemParameters } from '../../shared/input/itemParameters';
import { editorRange, NON_NEGATIVE_WHOLE, POSITIVE_WHOLE } from '../../shared/input/numberRange';
import { nextLinkPaging, pageNumberPaging, type PagingStrategy } from '../../shared/pagination';

const when = (...paging: string[]) => ({ show: { paging } });

/** Paging is not public for Faster Forward, so the user names the style and where things are in the response. */
export const pagingFields: INodeProperties[] = [
	{
		displayName: 'Paging',
		name: 'paging',
		type: 'options',
		options: [
			{ name: 'None (One Request)', value: 'none' },
			{ name: 'Page Number and Page Size', value: 'pageNumber', description: 'Ask page 1, 2, 3… until a page is short or empty' },
			{ name: 'Next Link', value: 'nextLink', description: 'Follow the link to the next page that each response gives' },
		],
		default: 'none',
		displayOptions: { show: { method: ['GET'] } },
	},
	{
		displayName: 'Items Path',
		name: 'itemsPath',
		type: 'string',
		default: 'data',
		description: 'Where the list is in each response, as a dotted path; empty when the response is the list itself',
		displayOptions: when('pageNumber', 'nextLink'),
	},
	{ displayName: 'Page Parameter', name: 'pageParam', type: 'string', default: 'page', displayOptions: when('pageNumber') },
	{ displayName: 'First Page', name: 'firstPage', type: 'number', typeOptions: editorRange(NON_NEGATIVE_WHOLE), default: 1, description: 'The number of the first page: 1, or 0 for APIs that count from zero', displayOptions: when('pageNumber') },
	{ displayName: 'Page Size Parameter', name: 'pageSizeParam', type: 'string', default: 'pageSize', displayOptions: when('pageNumber') },
	{ displayName: 'Page Size', name: 'pageSize', type: 'number', typeOptions: editorRange(POSITIVE_WHOLE), default: 100, displayOptions: when('pageNumber') },
	{
		displayName: 'Page Count Path',
		name: 'pageCountPath',
		type: 'string',
		default: '',
		description: 'Where the response says how many pages there are (optional); without it a short page is the last',
		displayOptions: when('pageNumber'),
	},
	{
		displayName: 'Next Link Path',
		name: 'nextLinkPath',
		type: 'string',
		default: 'links.next',
		description: 'Where each response gives the link to the next page, as a dotted path; the link must stay on your domain',
		displayOptions: when('nextLink'),
	},
];

const DOTTED_PATH = /^$|^[\w$-]+(\.[\w$-]+)*$/;

function dottedPath(params: ItemParameters, name: string, label: string, fallback: string): string {
	const path = params.string(name, label, fallback);
	if (!DOTTED_PATH.test(path)) throw params.fail(label, `must be a dotted path such as "data" or "result.items", not "${path}"`);
	return path;
}

/** The chosen paging style as an engine strategy, every setting checked first; undefined for one request. */
export function chosenPaging(params: ItemParameters): PagingStrategy | undefined {
	const style = params.string('paging', 'Paging', 'none');
	if (style === 'none') return undefined;
	const itemsPath = dottedPath(params, 'itemsPath', 'Items Path', 'data');
	if (style === 'nextLink') return nextLinkPaging({ itemsPath, linkPaths: [dottedPath(params, 'nextLinkPath', 'Next Link Path', 'links.next') || 'links.next'] });
	if (style !== 'pageNumber') throw params.fail('Paging', `must be none, pageNumber or nextLink, not "${style}"`);
	const pageParam = params.string('pageParam', 'Page Parameter', 'page');
	const sizeParam = params.string('pageSizeParam', 'Page Size Parameter', 'pageSize');
	if (!pageParam) throw params.fail('Page Parameter', 'is empty; name the query parameter that takes the page number');
	return pageNumberPaging({
		itemsPath,
		pageParam,
		firstPage: params.number('firstPage', 'First Page', NON_NEGATIVE_WHOLE),
		sizeParam: sizeParam || undefined,
		pageSize: sizeParam ? params.number('pageSize', 'Page Size', POSITIVE_WHOLE) : undefined,
		pageCountPath: dottedPath(params, 'pageCountPath', 'Page Count Path', '') || undefined,
	});
}
