import { choice, decimal, integer, isoDate, list, text } from '../engine/fields';
import type { OperationSpec } from '../engine/types';
import { forceRecalculate } from './common';

const questionFilters = [
	text('questionId', 'Question ID', 'Aggregate the answers to this question'),
	list('questionIds', 'Question IDs', 'Aggregate the answers to these questions'),
	text('urlId', 'Page URL ID', 'Only answers on this page'),
	isoDate('startDate', 'Start Date', 'Only answers from this time on'),
	forceRecalculate,
];

export const questionResultAggregationOperations: OperationSpec[] = [
	{
		value: 'aggregate', name: 'Aggregate', action: 'Aggregate question results', description: 'Totals and distribution of answers, optionally per day, month or year',
		operationId: 'AggregateQuestionResults', method: 'GET', path: '/api/v1/question-results-aggregation',
		query: [...questionFilters, choice('timeBucket', 'Time Bucket', [{ name: 'Day', value: 'day' }, { name: 'Month', value: 'month' }, { name: 'Year', value: 'year' }])],
		credits: '2, or 10 with Force Recalculate',
	},
	{
		value: 'aggregateMany', name: 'Bulk Aggregate', action: 'Aggregate several question result sets', description: 'Several aggregations in one request',
		operationId: 'BulkAggregateQuestionResults', method: 'POST', path: '/api/v1/question-results-aggregation/bulk', query: [forceRecalculate], body: 'Aggregations',
	},
	{
		value: 'combineWithComments', name: 'Combine With Comments', action: 'Combine question results with comments',
		description: 'Comments whose answers fall in a value range (inclusive), e.g. recent positive and negative reviews',
		operationId: 'CombineCommentsWithQuestionResults', method: 'GET', path: '/api/v1/question-results-aggregation/combine/comments',
		query: [
			...questionFilters,
			decimal('minValue', 'Min Value', 'Lowest answer value to include'),
			decimal('maxValue', 'Max Value', 'Highest answer value to include'),
			integer('limit', 'Limit', 'Max number of comments', { min: 1 }),
		],
		credits: '2, or 10 with Force Recalculate',
	},
];
