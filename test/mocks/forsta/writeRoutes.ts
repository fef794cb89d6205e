import type { MockRequest, MockResponse, MockServer } from '../shared';
import { message, type ForstaContext } from './forstaContext';
import { surveyHandler, type Found } from './surveyRoutes';
import type { DataRecord } from './types';

type Scalar = string | number | boolean | null;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function scalarRecord(value: Record<string, unknown>): DataRecord | undefined {
	const entries = Object.entries(value);
	if (entries.some(([, entry]) => entry !== null && typeof entry === 'object')) return undefined;
	return Object.fromEntries(entries) as Record<string, Scalar>;
}

function createRespondent({ survey, data }: Found, req: MockRequest): MockResponse {
	const fields = isPlainObject(req.body) ? scalarRecord(req.body) : undefined;
	if (!fields || Object.keys(fields).length === 0) return message(400, 'The body must be a JSON object of respondent fields.');
	const respid = data.nextRespid++;
	data.respondents.push({ ...fields, respid });
	return { status: 201, body: { respid, links: { self: `/v1/surveys/${survey.id}/respondents/${respid}` } } };
}

function getRespondent({ survey, data }: Found, req: MockRequest): MockResponse {
	const respondent = data.respondents.find((record) => String(record.respid) === req.params.respid);
	if (!respondent) return message(404, `Respondent ${req.params.respid} was not found.`);
	const links: Record<string, string> = { self: `/v1/surveys/${survey.id}/respondents/${String(respondent.respid)}` };
	if (req.query.includeSurveyLink?.[0] === 'true') links.surveyLink = `https://survey.example.com/wix/${survey.id}.aspx?__sid__=${String(respondent.respid)}`;
	return { status: 200, body: { ...respondent, links } };
}

/** `PATCH …/responses/data`: `{ dataSchema: { keys, variables }, data: [...] }`; updates the records the keys name. */
function updateResponses({ data }: Found, req: MockRequest): MockResponse {
	const body = req.body as { dataSchema?: { keys?: unknown; variables?: unknown }; data?: unknown } | undefined;
	const keys = body?.dataSchema?.keys;
	const variables = body?.dataSchema?.variables;
	if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => typeof key === 'string')) return message(400, 'dataSchema.keys must list the key variables.');
	if (!Array.isArray(variables) || !variables.every((name) => typeof name === 'string')) return message(400, 'dataSchema.variables must list the variables to update.');
	if (!Array.isArray(body?.data)) return message(400, 'data must be a list of records.');
	let updated = 0;
	for (const [index, raw] of body.data.entries()) {
		const record = isPlainObject(raw) ? scalarRecord(raw) : undefined;
		if (!record || keys.some((key) => record[key] === undefined)) return message(400, `data[${index}] lacks a key variable (${keys.join(', ')}).`);
		const target = data.responses.find((response) => keys.every((key) => String(response[key]) === String(record[key])));
		if (!target) continue;
		for (const name of variables as string[]) if (record[name] !== undefined) target[name] = record[name];
		updated++;
	}
	return { status: 200, body: { updatedCount: updated, ignoredCount: body.data.length - updated } };
}

export function registerWriteRoutes(server: MockServer, ctx: ForstaContext): void {
	const withSurvey = (handler: (found: Found, req: MockRequest) => MockResponse) => surveyHandler(ctx, handler);
	server.route('POST', '/v1/surveys/:surveyId/respondents', withSurvey(createRespondent));
	server.route('GET', '/v1/surveys/:surveyId/respondents/:respid', withSurvey(getRespondent));
	server.route('PATCH', '/v1/surveys/:surveyId/responses/data', withSurvey(updateResponses));
}
