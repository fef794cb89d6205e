import { picked } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const configId = picked('id', 'Question Config', 'questionConfig');

export const questionConfigOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a question config', description: 'Retrieve one question by ID',
		operationId: 'GetQuestionConfig', method: 'GET', path: '/api/v1/question-configs/{id}', pathFields: [configId], credits: '1',
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many question configs', description: 'List questions by question text, in pages of 100',
		operationId: 'GetQuestionConfigs', method: 'GET', path: '/api/v1/question-configs', list: { paging: skipPages('questionConfigs') }, credits: '1 per 100 returned',
	},
	{
		value: 'create', name: 'Create', action: 'Create a question config', description: 'Define a question (stars, slider, NPS, …)',
		operationId: 'CreateQuestionConfig', method: 'POST', path: '/api/v1/question-configs', body: 'Question Config', credits: '1',
	},
	{
		value: 'update', name: 'Update', action: 'Update a question config', description: 'Change a question',
		operationId: 'UpdateQuestionConfig', method: 'PATCH', path: '/api/v1/question-configs/{id}', pathFields: [configId], body: 'Changes', credits: '1',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a question config', description: 'Delete a question and all its results (not the comments)',
		operationId: 'DeleteQuestionConfig', method: 'DELETE', path: '/api/v1/question-configs/{id}', pathFields: [configId], credits: '100',
	},
];
