import type { IBinaryKeyData, IDataObject, INodeExecutionData, IPairedItemData } from 'n8n-workflow';

/** A row that carries files as well as JSON (a download); every other row is plain JSON. */
export class RowWithFiles {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

/** What an operation returns for one input item: one row, several, or a row with files. */
export type RunRows = IDataObject | IDataObject[] | RowWithFiles;

/**
 * Service rows as n8n items, one object per row. Unlike n8n's returnJsonArray, a row is never read as an item of its
 * own: a record with a field named `json` stays whole.
 */
export function jsonItems(rows: IDataObject | IDataObject[]): INodeExecutionData[] {
	return (Array.isArray(rows) ? rows : [rows]).map((json) => ({ json }));
}

/**
 * Appends one input item's rows to `output`, each paired with that item. The rows of one item share one pairing
 * object (as n8n's constructExecutionMetaData does) and nothing is copied on the way: a read of 100,000 rows makes
 * 100,000 small objects, not three times that.
 */
export function appendPaired(output: INodeExecutionData[], rows: RunRows, itemIndex: number): void {
	const pairedItem: IPairedItemData = { item: itemIndex };
	if (rows instanceof RowWithFiles) {
		output.push({ json: rows.json, binary: rows.binary, pairedItem });
		return;
	}
	const list = Array.isArray(rows) ? rows : [rows];
	for (const json of list) output.push({ json, pairedItem });
}
