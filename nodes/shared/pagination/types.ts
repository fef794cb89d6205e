import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest, ApiResponse } from '../transport/types';

export interface Page {
	items: IDataObject[];
	/** The request for the following page; absent on the last page. */
	next?: ApiRequest;
}

/** How one API pages: what to ask first, and how to read a page and find the next one. */
export interface PagingStrategy {
	/** `wanted` is how many items the user still wants, or undefined for all of them. */
	first(request: ApiRequest, wanted: number | undefined): ApiRequest;
	read(response: ApiResponse, request: ApiRequest): Page;
}
