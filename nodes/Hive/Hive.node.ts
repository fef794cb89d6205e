import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { resourceProperties } from '../shared/operations/description';
import { runOperations } from '../shared/operations/router';
import { hiveResources } from './actions';
import { hiveProfile } from './hiveProfile';
import { hiveListSearch } from './methods/listSearch';
import { HIVE_ACTIONS } from './hiveSummary';

export class Hive implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hive',
		name: 'hive',
		icon: { light: 'file:hive.svg', dark: 'file:hive.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: HIVE_ACTIONS,
		defaults: { name: 'Hive' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hiveApi', required: true }],
		properties: resourceProperties(hiveResources),
	};

	methods = { listSearch: hiveListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, hiveResources, hiveProfile);
	}
}
