import { z } from 'zod';
import { readList, returnAllAndLimit } from '../../shared/operations/listFields';
import type { Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { dataRows } from '../flowboxData';
import { postsV2Paging } from '../flowboxPaging';
import { flowKeyLocator } from '../flowKeyLocator';
import { postListFields, postListQuery } from './postFields';

const email = z.string().trim().email('must be a valid email address');

export const postResource: Resource = {
	value: 'post',
	name: 'Post',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many posts of a flow',
			description: 'Read the posts of a flow through the External API (v2), with product or tag filters',
			returns: 'the posts, one item each: key, publishedAt, sourceName, userName, text, postPermalink, imageUrl, productKeys and tags',
			properties: [flowKeyLocator, ...returnAllAndLimit(), ...postListFields],
			run: async (input) => {
				const flowKey = input.params.locatorId(flowKeyLocator);
				const qs = postListQuery(input.params);
				return await readList(input, { method: 'GET', path: encodePath`/v2/flow/${flowKey}/posts`, qs }, postsV2Paging(flowKey));
			},
		},
		{
			value: 'report',
			name: 'Report',
			action: 'Report a post',
			description: 'Report a post of a flow to Flowbox, with a reason and the reporter\'s email',
			returns: "Flowbox's confirmation as one item",
			properties: [
				flowKeyLocator,
				{
					displayName: 'Post Key',
					name: 'postKey',
					type: 'string',
					required: true,
					default: '',
					description: 'The key of the post in this flow (the same post has another key in each flow)',
				},
				{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 3 }, required: true, default: '', description: 'Why the post is reported' },
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', required: true, default: '', description: "The reporter's email address" },
			],
			run: async ({ client, params, itemIndex }) => {
				const flowKey = params.locatorId(flowKeyLocator);
				const postKey = params.string('postKey', 'Post Key');
				if (!postKey) throw params.fail('Post Key', 'is empty; a post key is required');
				const message = params.string('message', 'Message');
				if (!message) throw params.fail('Message', 'is empty; say why the post is reported');
				const body = { message, email: params.checked('Email', params.string('email', 'Email'), email) };
				return dataRows(await client.send({ method: 'POST', path: encodePath`/v2/flow/${flowKey}/report-post/${postKey}`, body }, itemIndex));
			},
		},
	],
};
