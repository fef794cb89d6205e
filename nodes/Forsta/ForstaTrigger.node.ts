import {
	NodeConnectionTypes,
	NodeOperationError,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { defaultClient } from '../shared/transport/executionClients';
import { forstaSurveysProfile } from './forstaProfiles';
import { surveyLocator } from './locators';
import { forstaListSearch } from './methods/listSearch';
import { pollNewResponses } from './trigger/newResponses';
import { jsonItems } from '../shared/operations/outputItems';
import { FORSTA_PANEL_DESCRIPTION } from './forstaSummary';

export class ForstaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Forsta Surveys Trigger',
		name: 'forstaTrigger',
		icon: { light: 'file:forsta.svg', dark: 'file:forsta.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"New responses: " + $parameter["survey"].value}}',
		description: FORSTA_PANEL_DESCRIPTION,
		defaults: { name: 'Forsta Surveys Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'forstaApi', required: true }],
		properties: [
			{
				displayName:
					'Each poll emits the responses whose responseid is higher than the highest one emitted before, once each. The cursor lives in the workflow’s static data, so it survives restarts and downtime: the first poll after a pause catches up.',
				name: 'cursorNotice',
				type: 'notice',
				default: '',
			},
			surveyLocator,
			{
				displayName: 'Variables',
				name: 'variables',
				type: 'string',
				default: '',
				placeholder: 'status, q1, nps',
				description: 'Variables to include, separated by commas; all variables when empty. The responseid is always included.',
			},
		],
	};

	methods = { listSearch: forstaListSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const surveyId = String(this.getNodeParameter('survey', '', { extractValue: true })).trim();
		if (surveyId === '') throw new NodeOperationError(this.getNode(), 'The field "Survey" is empty; choose the survey whose responses to watch');
		const variables = String(this.getNodeParameter('variables', ''))
			.split(',')
			.map((name) => name.trim())
			.filter(Boolean);
		const client = await defaultClient(this, forstaSurveysProfile);
		const records = await pollNewResponses(this, client, surveyId, variables);
		return records ? [jsonItems(records)] : null;
	}
}
