import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { FastComments } from '../../../nodes/FastComments/FastComments.node';
import type { FastCommentsMock } from '../../mocks/fastcomments';
import { fastCommentsContext } from './fastCommentsContext';

export interface NodeRun {
	items: INodeExecutionData[];
	json: IDataObject[];
	/** The /api/v1 requests the mock received during this run: path and query as sent. */
	requests: Array<{ method: string; path: string; query: Record<string, string[]>; status: number }>;
}

/** Runs the FastComments node once against the mock and reports what it emitted and sent. */
export async function runNode(
	mock: FastCommentsMock,
	parameters: IDataObject | ((itemIndex: number) => IDataObject),
	options: { items?: IDataObject[]; continueOnFail?: boolean } = {},
): Promise<NodeRun> {
	const since = mock.server.log.lastSeq;
	const { ctx } = fastCommentsContext(mock, { parameters: parameters as never, items: options.items, continueOnFail: options.continueOnFail });
	const [items] = await new FastComments().execute.call(ctx);
	const requests = mock.server.log.since(since).map(({ method, path, query, status }) => ({ method, path, query, status }));
	return { items, json: items.map((item) => item.json), requests };
}
