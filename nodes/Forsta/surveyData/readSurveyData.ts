import type { IDataObject } from 'n8n-workflow';
import { readNdjson } from '../../shared/pagination/ndjsonRecords';
import { readAll } from '../../shared/pagination/readPages';
import type { ItemRun } from '../../shared/operations/types';
import type { ApiRequest } from '../../shared/transport/types';
import { dataKeyOf, FORSTA_DATA_PAGE_MAX, forstaPaging } from '../forstaPaging';

export const NDJSON = 'application/x-ndjson';

/** The query of a survey-data read from the Options collection; variables and a template exclude each other. */
export function surveyDataQuery({ params }: Pick<ItemRun, 'params'>): IDataObject {
	const options = params.collection('dataOptions');
	const variables = params.listOf('Variables', options.variables);
	const template = params.textOf('Variable Template ID', options.variableTemplateId);
	const filter = params.textOf('Filter Expression', options.filterExpression);
	if (variables.length && template) throw params.fail('Variable Template ID', 'cannot be combined with "Variables"; Forsta accepts one or the other');
	const qs: IDataObject = {};
	if (variables.length) qs.variables = variables.join(',');
	if (template) qs.variableTemplateId = template;
	if (filter) qs.filterExpression = filter;
	return qs;
}

/**
 * Reads survey data records (responses, respondents, a hub's combined data) as pages of at most 10,000 or as one
 * NDJSON stream. Every field is checked before the first request; a page size over the limit names the limit.
 */
export async function readSurveyData(input: ItemRun, path: string): Promise<IDataObject[]> {
	const { client, params, itemIndex } = input;
	const qs = surveyDataQuery(input);
	const limit = params.boolean('returnAll', false, 'Return All') ? undefined : params.number('limit', 'Limit', { min: 1, integer: true });
	if (params.choice('readMode', 'Read As', ['pages', 'stream'], 'pages') === 'stream') {
		const request: ApiRequest = { method: 'GET', path, qs, headers: { Accept: NDJSON } };
		return await readNdjson(client, request, { limit, itemIndex });
	}
	const pageSize = Number(params.raw('pageSize', 1000));
	if (Number.isFinite(pageSize) && pageSize > FORSTA_DATA_PAGE_MAX) {
		throw params.fail(
			'Page Size',
			`is ${pageSize}, but Forsta's survey data endpoints allow at most ${FORSTA_DATA_PAGE_MAX.toLocaleString('en-US')} records per page`,
			'Use a page size of 10,000 or less, or choose Read As: Stream (NDJSON), which has no page limit.',
		);
	}
	params.number('pageSize', 'Page Size', { min: 1, integer: true });
	return await readAll(client, { method: 'GET', path, qs }, forstaPaging(pageSize, dataKeyOf(path)), { limit, itemIndex });
}
