import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/operations/listFields';
import { FORSTA_DATA_PAGE_MAX } from '../forstaPaging';

/** The fields of every survey-data read: how to read (pages or a stream), how much, and which records and variables. */
export const surveyDataFields: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Read As',
		name: 'readMode',
		type: 'options',
		options: [
			{ name: 'Pages (JSON)', value: 'pages', description: 'Page after page, following Forsta’s next-page links; at most 10,000 records per page' },
			{ name: 'Stream (NDJSON)', value: 'stream', description: 'All records in one streamed request, read as they arrive; no page limit' },
		],
		default: 'pages',
	},
	{
		displayName: 'Page Size',
		name: 'pageSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: FORSTA_DATA_PAGE_MAX },
		default: 1000,
		description: 'Records per request; Forsta accepts at most 10,000',
		displayOptions: { show: { readMode: ['pages'] } },
	},
	{
		displayName: 'Options',
		name: 'dataOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Filter Expression',
				name: 'filterExpression',
				type: 'string',
				default: '',
				placeholder: "response:status = 'complete'",
				description: 'A Forsta filter expression; variables need their level, e.g. response:status or :status',
			},
			{
				displayName: 'Variable Template ID',
				name: 'variableTemplateId',
				type: 'string',
				default: '',
				description: 'A variable template made in Survey Designer; cannot be combined with Variables',
			},
			{
				displayName: 'Variables',
				name: 'variables',
				type: 'string',
				default: '',
				placeholder: 'q1, q3, status',
				description: 'Variables to return, separated by commas; all variables when empty',
			},
		],
	},
];
