import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { resourceProperties } from '../shared/operations/description';
import { runOperations } from '../shared/operations/router';
import { flowboxResources } from './actions';
import { flowboxProfile } from './flowboxProfile';
import { flowboxListSearch } from './methods/listSearch';
import { FLOWBOX_ACTIONS } from './flowboxSummary';

export class Flowbox implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flowbox',
		name: 'flowbox',
		icon: { light: 'file:flowbox.svg', dark: 'file:flowbox.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: FLOWBOX_ACTIONS,
		defaults: { name: 'Flowbox' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'flowboxApi', required: true }],
		properties: resourceProperties(flowboxResources),
	};

	methods = { listSearch: flowboxListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, flowboxResources, flowboxProfile);
	}
}
