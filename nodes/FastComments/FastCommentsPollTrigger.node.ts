import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { commentsSince, sampleComment, type CommentCursor } from './trigger/newComments';
import { jsonItems } from '../shared/operations/outputItems';

export class FastCommentsPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'FastComments Poll Trigger',
		name: 'fastCommentsPollTrigger',
		icon: { light: 'file:fastcomments.svg', dark: 'file:fastcomments.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["urlId"] || "All pages"}}',
		description: 'Starts the workflow with the comments left since the last check, without a public URL',
		defaults: { name: 'FastComments Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fastCommentsApi', required: true }],
		properties: [
			{
				displayName:
					'Each check lists the comments left since the previous one; every comment starts the workflow once. Only approved, non-spam comments are listed, as FastComments shows them. Use the FastComments Trigger instead when n8n has a public URL.',
				name: 'pollNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Page URL ID',
				name: 'urlId',
				type: 'string',
				default: '',
				description: 'Only comments of this page; leave empty for the whole tenant',
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const urlId = String(this.getNodeParameter('urlId', '') ?? '').trim();
		if (this.getMode() === 'manual') {
			const sample = await sampleComment(this, urlId);
			return sample.length ? [jsonItems(sample)] : null;
		}
		const data = this.getWorkflowStaticData('node');
		const cursor = data.cursor as CommentCursor | undefined;
		if (!cursor) {
			// The first check only marks where "new" begins; earlier comments are not replayed.
			data.cursor = { since: Date.now(), seenAtSince: [] } satisfies CommentCursor;
			return null;
		}
		const result = await commentsSince(this, urlId, cursor);
		data.cursor = result.cursor;
		return result.comments.length ? [jsonItems(result.comments)] : null;
	}
}
