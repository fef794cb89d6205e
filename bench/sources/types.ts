import type { IDataObject } from 'n8n-workflow';
import type { NodeSpec } from '../../test/n8n/harness/client';

/** A documented rate window, in the engine's terms. */
export interface Window {
	limit: number;
	periodMs: number;
}

/**
 * One list on a fresh mock with its own credential in the bench's n8n: this pack's node reading all of it, and n8n's
 * HTTP Request node reading the same pages as a careful user would set it up.
 */
export interface ListSource {
	/** This pack's node, reading every page. */
	ourNode: NodeSpec;
	/** The HTTP Request node, paging with a pause of `intervalMs` between requests. */
	httpNode(intervalMs: number): NodeSpec;
	/** Where a page body holds its rows (the HTTP Request node emits one item per page). */
	rowsField: string;
	/** The field that identifies a row, to count distinct rows. */
	rowId: string;
	/** Requests the mock refused for a rate limit so far. */
	refusals(): number;
	/** List requests the mock answered so far. */
	requests(): number;
	/** Token grants and refreshes the mock issued so far, for services with tokens. */
	tokenGrants?(): number;
	close(): Promise<void>;
}

/** Rows of an output: this pack's node emits rows; the HTTP Request node emits page bodies (or the error it met). */
export function rowsOf(items: IDataObject[], source: Pick<ListSource, 'rowsField'>, pages: boolean): IDataObject[] {
	if (!pages) return items;
	return items.flatMap((page) => (Array.isArray(page[source.rowsField]) ? (page[source.rowsField] as IDataObject[]) : [page]));
}

/** An id that no other mock in this bench run uses, so every read starts with empty windows on both sides. */
let counter = 0;
export const uniqueId = (prefix: string): string => `${prefix}-${process.pid}-${++counter}-${Date.now()}`;
