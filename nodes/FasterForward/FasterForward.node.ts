import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { resourceProperties } from '../shared/operations/description';
import { runOperations } from '../shared/operations/router';
import { fasterForwardResources } from './actions';
import { fasterForwardProfile } from './fasterForwardProfile';

export class FasterForward implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Faster Forward Elements',
		name: 'fasterForward',
		icon: { light: 'file:fasterforward.svg', dark: 'file:fasterforward.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Call the Faster Forward Elements API and upload documents, within its token, rate and size rules',
		defaults: { name: 'Faster Forward Elements' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fasterForwardApi', required: true }],
		properties: resourceProperties(fasterForwardResources),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, fasterForwardResources, fasterForwardProfile);
	}
}
