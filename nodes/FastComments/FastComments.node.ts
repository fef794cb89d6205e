import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { resourceProperties } from '../shared/operations/description';
import { runOperations } from '../shared/operations/router';
import { fastCommentsResources } from './actions';
import { fastCommentsListSearch } from './methods/listSearch';
import { fastCommentsProfile } from './transport/fastCommentsProfile';
import { FASTCOMMENTS_ACTIONS } from './fastCommentsSummary';

export class FastComments implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'FastComments',
		name: 'fastComments',
		icon: { light: 'file:fastcomments.svg', dark: 'file:fastcomments.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: FASTCOMMENTS_ACTIONS,
		defaults: { name: 'FastComments' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fastCommentsApi', required: true }],
		properties: resourceProperties(fastCommentsResources),
	};

	methods = { listSearch: fastCommentsListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, fastCommentsResources, fastCommentsProfile);
	}
}
