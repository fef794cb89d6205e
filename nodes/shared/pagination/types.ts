import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest, ApiResponse } from '../transport/types';

export interface Page {
	items: IDataObject[];
	/** The request for the following page; absent on the last page. */
	next?: ApiRequest;
	/** How big the service says the whole list is, where it says so; a shrinking size means skipped items. */
	extent?: ListExtent;
}

export interface ListExtent {
	items?: number;
	pages?: number;
}

/** How one API pages: what to ask first, and how to read a page and find the next one. */
export interface PagingStrategy {
	/** `wanted` is how many items the user still wants, or undefined for all of them. */
	first(request: ApiRequest, wanted: number | undefined): ApiRequest;
	read(response: ApiResponse, request: ApiRequest): Page;
	/**
	 * What identifies an item, so an item seen twice in one read (pushed onto the next page by an insert) is emitted
	 * once; undefined keys are never merged. Default: the item's `id`.
	 */
	itemKey?: (item: IDataObject) => unknown;
	/**
	 * Where a repeated item can come from. `read` (the default): any page before, so every key of the read is kept.
	 * `previousPage`: only the page just before, because the strategy itself fails a read that moved by more than a
	 * page; only that page's keys are kept.
	 */
	repeatsFrom?: 'read' | 'previousPage';
	/** The query parameters that say where a page starts (`cursor`, `skip`): an error about a page names them. */
	positionParams?: readonly string[];
}
