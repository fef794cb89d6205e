import { readList, returnAllAndLimit } from '../../shared/operations/listFields';
import type { Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { flowboxFeedProfile } from '../flowboxProfile';
import { FEED_PAGE_SIZE, feedPaging } from '../flowboxPaging';
import { flowKeyLocator } from '../flowKeyLocator';
import { collectionField } from '../collectionField';

export const feedResource: Resource = {
	value: 'feed',
	name: 'Feed',
	description: 'The public feed of a flow (Developer API v1, read from the gateway)',
	operations: [
		{
			value: 'getPosts',
			name: 'Get Posts',
			action: 'Get the posts of a flow feed',
			description: 'Read the posts of a flow, newest first, following the feed cursor page by page',
			returns: 'the posts, one item each: key, publishedAt, sourceName, userName, text, postPermalink, imageUrl, productKeys and tags',
			// The feed lives on the gateway, another host than the External API of the other operations.
			profile: flowboxFeedProfile,
			properties: [
				flowKeyLocator,
				...returnAllAndLimit(),
				collectionField('Options', 'options', 'Add Option', [
					{
						displayName: 'Posts Per Page',
						name: 'postsPerPage',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: FEED_PAGE_SIZE,
						description: 'How many posts each request asks for; Flowbox sends 29 when not told',
					},
				]),
			],
			run: async (input) => {
				const { params } = input;
				const flowKey = params.locatorId(flowKeyLocator);
				const options = params.collection('options');
				const pageSize = options.postsPerPage === undefined ? FEED_PAGE_SIZE : params.numberOf('Posts Per Page', options.postsPerPage, { min: 1, integer: true });
				return await readList(input, { method: 'GET', path: encodePath`/public/feed/${flowKey}` }, feedPaging(flowKey, pageSize));
			},
		},
	],
};
