import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { resourceProperties } from '../shared/operations/description';
import { runOperations } from '../shared/operations/router';
import { forstaResources } from './actions';
import { forstaSurveysProfile } from './forstaProfiles';
import { forstaListSearch } from './methods/listSearch';
import { FORSTA_ACTIONS } from './forstaSummary';

export class Forsta implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Forsta Surveys',
		name: 'forsta',
		icon: { light: 'file:forsta.svg', dark: 'file:forsta.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: FORSTA_ACTIONS,
		defaults: { name: 'Forsta Surveys' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'forstaApi', required: true }],
		properties: resourceProperties(forstaResources),
	};

	methods = { listSearch: forstaListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, forstaResources, forstaSurveysProfile);
	}
}
