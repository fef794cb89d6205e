import { NodeConnectionTypes, type INodeExecutionData, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';
import { flowKeyLocator } from './flowKeyLocator';
import { flowboxListSearch } from './methods/listSearch';
import { DEFAULT_POSTS_TO_CHECK, pollNewPosts } from './trigger/pollNewPosts';
import { collectionField } from './collectionField';
import { FLOWBOX_PANEL_DESCRIPTION } from './flowboxSummary';

export class FlowboxTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flowbox Trigger',
		name: 'flowboxTrigger',
		icon: { light: 'file:flowbox.svg', dark: 'file:flowbox.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'New posts in a flow',
		description: FLOWBOX_PANEL_DESCRIPTION,
		defaults: { name: 'Flowbox Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'flowboxApi', required: true }],
		properties: [
			flowKeyLocator,
			collectionField('Options', 'options', 'Add Option', [
				{
					displayName: 'Emit Existing Posts on First Poll',
					name: 'emitExisting',
					type: 'boolean',
					default: false,
					description: 'Whether the first poll after activation emits the posts already in the flow; otherwise it only remembers them',
				},
				{
					displayName: 'Posts to Check',
					name: 'postsToCheck',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 1000 },
					default: DEFAULT_POSTS_TO_CHECK,
					description: 'How many of the newest posts each poll reads; raise it when more posts than this may arrive between polls',
				},
			]),
		],
	};

	methods = { listSearch: flowboxListSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollNewPosts(this);
	}
}
