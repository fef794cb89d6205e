import type { IDataObject } from 'n8n-workflow';
import { editorRange, NON_NEGATIVE_WHOLE, POSITIVE_WHOLE } from '../../shared/input/numberRange';
import { getManyOperation } from '../../shared/operations/standardOperations';
import type { Operation, Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { conditionalGetOperation } from '../etag';
import { surveyListPaging } from '../forstaPaging';
import { surveyLocator } from '../locators';
import { exportDefinition, importDefinition } from './surveyDefinition';

const getMany = getManyOperation({
	nouns: 'surveys',
	path: '/v1/surveys',
	strategy: surveyListPaging,
	description: 'List the surveys this client may read, optionally by company, keyword or name',
	returns: 'the surveys, one item each, with the fields of Get a survey',
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Company ID', name: 'companyId', type: 'number', typeOptions: editorRange(NON_NEGATIVE_WHOLE), default: 0, description: 'Only surveys of this company (0: any company)' },
				{ displayName: 'Keyword', name: 'keyword', type: 'string', default: '', description: 'Only surveys whose keywords contain this text' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Only surveys whose name contains this text' },
			],
		},
	],
	query: (params) => {
		const filters = params.collection('filters');
		const qs: IDataObject = {};
		for (const [name, label] of [['keyword', 'Keyword'], ['name', 'Name']]) {
			const text = params.textOf(label, filters[name]);
			if (text) qs[name] = text;
		}
		if (filters.companyId !== undefined && filters.companyId !== 0 && filters.companyId !== '') {
			qs.companyId = params.numberOf('Company ID', filters.companyId, POSITIVE_WHOLE);
		}
		return qs;
	},
});

const get: Operation = {
	...conditionalGetOperation({
		value: 'get',
		name: 'Get',
		action: 'Get a survey',
		description: 'Retrieve one survey by its ID',
		locator: surveyLocator,
		path: (id) => encodePath`/v1/surveys/${id}`,
	}),
	returns: 'the survey as one item: id, name, companyId, keywords, status, created and lastModified (nothing when Only If Changed is on and it is unchanged)',
};

export const surveyResource: Resource = {
	value: 'survey',
	name: 'Survey',
	operations: [exportDefinition, get, getMany, importDefinition],
};
