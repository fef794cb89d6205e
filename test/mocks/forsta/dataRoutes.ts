import type { MockRequest, MockResponse } from '../shared';
import { DATA_PAGE_MAX, DEFAULT_PAGE_SIZE, NDJSON } from './constants';
import { compileFilter, FilterError } from './filterExpression';
import { accepts, collection, first, message, positiveInt, type ForstaContext } from './forstaContext';
import type { DataRecord } from './types';

function variablesOf(ctx: ForstaContext, req: MockRequest): string[] | undefined | MockResponse {
	const variables = first(req, 'variables');
	const template = first(req, 'variableTemplateId');
	if (variables && template) return message(400, 'variables and variableTemplateId are mutually exclusive.');
	if (template !== undefined) return ctx.state.templates[template] ?? message(400, `Variable template ${template} does not exist.`);
	return variables ? variables.split(',').map((name) => name.trim()).filter(Boolean) : undefined;
}

function pick(record: DataRecord, variables: string[] | undefined, keys: string[]): DataRecord {
	if (!variables) return record;
	const picked: DataRecord = {};
	// Keys always come first; blank datapoints are not serialised (as in Forsta).
	for (const name of [...keys, ...variables]) if (record[name] !== undefined && record[name] !== null) picked[name] = record[name];
	return picked;
}

function ndjson(records: DataRecord[]): MockResponse {
	const lines = records.map((record) => JSON.stringify(record));
	return { status: 200, rawBody: Buffer.from(lines.length ? `${lines.join('\n')}\n` : '', 'utf8'), headers: { 'content-type': NDJSON } };
}

/**
 * Survey data as Forsta serves it: `variables` or `variableTemplateId`, `filterExpression`, then either all records
 * as an NDJSON stream (Accept: application/x-ndjson, no page limit) or one page of at most 10,000.
 */
export function surveyDataResponse(ctx: ForstaContext, req: MockRequest, records: DataRecord[], keys: string[]): MockResponse {
	const variables = variablesOf(ctx, req);
	if (variables && !Array.isArray(variables)) return variables;
	let test: (record: DataRecord) => boolean;
	try {
		test = compileFilter(first(req, 'filterExpression'));
	} catch (error) {
		if (error instanceof FilterError) return message(400, `Invalid filter expression: ${error.message}`);
		throw error;
	}
	const selected = records.filter(test).map((record) => pick(record, variables, keys));
	if (accepts(req, NDJSON)) return ndjson(selected);
	const pageSize = positiveInt(req, 'pageSize', DEFAULT_PAGE_SIZE, DATA_PAGE_MAX);
	if (typeof pageSize !== 'number') return pageSize;
	const page = positiveInt(req, 'page', 1);
	if (typeof page !== 'number') return page;
	return collection(ctx, req, selected, page, pageSize);
}
