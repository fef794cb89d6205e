import { flag, id, list, text } from '../engine/fields';
import { afterIdPaging } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { doSpamCheck, isLive } from './common';

export const feedPostOperations: OperationSpec[] = [
	{
		value: 'getAll', name: 'Get Many', action: 'Get many feed posts', description: 'List feed posts; each page continues after the last post read',
		operationId: 'GetFeedPosts', method: 'GET', path: '/api/v1/feed-posts', query: [list('tags', 'Tags', 'Only posts with these tags')],
		list: { paging: afterIdPaging('feedPosts') },
	},
	{
		value: 'create', name: 'Create', action: 'Create a feed post', description: 'Publish a post to the feed',
		operationId: 'CreateFeedPost', method: 'POST', path: '/api/v1/feed-posts',
		query: [text('broadcastId', 'Broadcast ID', 'Lets the sender recognise its own live event'), isLive, doSpamCheck, flag('skipDupCheck', 'Skip Duplicate Check', 'Whether to allow a post identical to a recent one')],
		body: 'Feed Post',
	},
	{
		value: 'update', name: 'Update', action: 'Update a feed post', description: 'Replace the fields of a feed post',
		operationId: 'UpdateFeedPost', method: 'PATCH', path: '/api/v1/feed-posts/{id}', pathFields: [id('id', 'Feed Post ID')], body: 'Feed Post',
	},
];
