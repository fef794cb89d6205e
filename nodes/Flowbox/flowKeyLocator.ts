import { idLocator } from '../shared/operations/locator';

/** The flow a feed, post or trigger reads: picked from the account's flows or pasted ("Copy Flow Key"). */
export const flowKeyLocator = idLocator({
	name: 'flowKey',
	displayName: 'Flow',
	searchMethod: 'searchFlows',
	idShape: { pattern: '^[A-Za-z0-9_-]+$', words: 'letters, digits, "-" and "_" only, e.g. k-K23msoSDFJ0cGzB_xseY' },
	idPlaceholder: 'e.g. k-K23msoSDFJ0cGzB_xseY',
	description: 'The flow key, as "Copy Flow Key" in Flowbox gives it',
});
