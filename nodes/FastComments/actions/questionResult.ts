import { id, isoDate, text } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { userIdFilter } from './common';

const resultId = id('id', 'Question Result ID');

export const questionResultOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a question result', description: 'Retrieve one answer by ID',
		operationId: 'GetQuestionResult', method: 'GET', path: '/api/v1/question-results/{id}', pathFields: [resultId], credits: '1',
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many question results', description: 'List answers, oldest first, in pages of 1,000',
		operationId: 'GetQuestionResults', method: 'GET', path: '/api/v1/question-results',
		query: [
			text('urlId', 'Page URL ID', 'Only answers on this page'),
			userIdFilter,
			isoDate('startDate', 'Start Date', 'Only answers from this time on'),
			text('questionId', 'Question ID', 'Only answers to this question'),
			text('questionIds', 'Question IDs', 'Only answers to these questions, comma-separated'),
		],
		list: { paging: skipPages('questionResults', 1000) }, credits: '1 per 100 returned',
	},
	{
		value: 'create', name: 'Create', action: 'Create a question result', description: 'Store an answer, optionally tied to a comment',
		operationId: 'CreateQuestionResult', method: 'POST', path: '/api/v1/question-results', body: 'Question Result', credits: '1',
	},
	{
		value: 'update', name: 'Update', action: 'Update a question result', description: 'Change an answer',
		operationId: 'UpdateQuestionResult', method: 'PATCH', path: '/api/v1/question-results/{id}', pathFields: [resultId], body: 'Changes', credits: '1',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a question result', description: 'Remove an answer',
		operationId: 'DeleteQuestionResult', method: 'DELETE', path: '/api/v1/question-results/{id}', pathFields: [resultId], credits: '1',
	},
];
