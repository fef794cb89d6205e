import { NodeOperationError, type IDataObject, type INodeExecutionData, type IPollFunctions } from 'n8n-workflow';
import { readAll } from '../../shared/pagination';
import { defaultClient } from '../../shared/transport/executionClients';
import { encodePath } from '../../shared/transport/url';
import { FEED_PAGE_SIZE, feedPaging } from '../flowboxPaging';
import { flowboxFeedProfile } from '../flowboxProfile';
import { MIN_SEEN_KEPT, rememberPosts, unseenPosts, type PollState } from './newPosts';
import { jsonItems } from '../../shared/operations/outputItems';

export const DEFAULT_POSTS_TO_CHECK = 2 * FEED_PAGE_SIZE;

/**
 * One poll of the Flowbox Trigger: reads the newest posts of the flow and emits those not seen before. The seen
 * keys live in the workflow's static data, which n8n stores with the workflow, so a restart emits nothing twice.
 */
export async function pollNewPosts(ctx: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const flowKey = String(ctx.getNodeParameter('flowKey', '', { extractValue: true }) ?? '').trim();
	if (!flowKey) throw new NodeOperationError(ctx.getNode(), 'The field "Flow" is empty; choose the flow to watch');
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const postsToCheck = Number(options.postsToCheck ?? DEFAULT_POSTS_TO_CHECK);
	if (!Number.isInteger(postsToCheck) || postsToCheck < 1) {
		throw new NodeOperationError(ctx.getNode(), `The field "Posts to Check" must be a whole number of at least 1, not ${String(options.postsToCheck)}`);
	}
	const client = await defaultClient(ctx, flowboxFeedProfile);
	const request = { method: 'GET' as const, path: encodePath`/public/feed/${flowKey}` };

	// A manual test shows one sample post and leaves the memory of the active workflow alone.
	if (ctx.getMode() === 'manual') {
		const sample = await readAll(client, request, feedPaging(flowKey), { limit: 1 });
		return sample.length ? [jsonItems(sample)] : null;
	}

	const state = ctx.getWorkflowStaticData('node') as PollState;
	const firstPoll = state.flowKey !== flowKey || !Array.isArray(state.seen);
	const seen = firstPoll ? [] : (state.seen as string[]);
	const posts = await readAll(client, request, feedPaging(flowKey), { limit: postsToCheck });
	const fresh = firstPoll && options.emitExisting !== true ? [] : unseenPosts(posts, seen);

	state.flowKey = flowKey;
	state.seen = rememberPosts(posts, seen, Math.max(MIN_SEEN_KEPT, 2 * postsToCheck));
	return fresh.length ? [jsonItems(fresh)] : null;
}
