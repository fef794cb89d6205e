import type { MockRequest, MockResponse, MockServer } from '../shared';
import { DEFAULT_PAGE_SIZE, SURVEY_LIST_PAGE_MAX } from './constants';
import { surveyDataResponse } from './dataRoutes';
import { withEtag } from './etag';
import { accepts, collection, first, message, positiveInt, type ForstaContext } from './forstaContext';
import type { Survey, SurveyData } from './types';

export type Found = { survey: Survey; data: SurveyData };

/** The survey of a request, or the 404 / permission 403 Forsta would answer. */
export function findSurvey(ctx: ForstaContext, id: string): Found | MockResponse {
	const survey = ctx.state.surveys.find((candidate) => candidate.id === id);
	const data = ctx.state.data.get(id);
	if (!survey || !data) return message(404, `Survey ${id} was not found.`);
	if (survey.restricted) return message(403, `You do not have access to survey ${id}.`);
	return { survey, data };
}

/** A route handler that runs only for a survey the client may read. */
export function surveyHandler(ctx: ForstaContext, handler: (found: Found, req: MockRequest) => MockResponse): (req: MockRequest) => MockResponse {
	return (req) => {
		const found = findSurvey(ctx, req.params.surveyId);
		return 'survey' in found ? handler(found, req) : found;
	};
}

/** A fake zipped definition: the zip signature, some binary bytes, and the survey as XML. */
export function definitionZip(survey: Survey): Buffer {
	const binary = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256));
	return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), binary, Buffer.from(`<survey id="${survey.id}" name="${survey.name}"/>`)]);
}

function listSurveys(ctx: ForstaContext, req: MockRequest): MockResponse {
	const pageSize = positiveInt(req, 'pageSize', DEFAULT_PAGE_SIZE, SURVEY_LIST_PAGE_MAX);
	const page = positiveInt(req, 'page', 1);
	if (typeof pageSize !== 'number') return pageSize;
	if (typeof page !== 'number') return page;
	const name = first(req, 'name')?.toLowerCase();
	const keyword = first(req, 'keyword')?.toLowerCase();
	const companyId = first(req, 'companyId');
	const surveys = ctx.state.surveys.filter(
		(survey) =>
			(!name || survey.name.toLowerCase().includes(name)) &&
			(!keyword || survey.keywords.some((word) => word.toLowerCase().includes(keyword))) &&
			(!companyId || String(survey.companyId) === companyId),
	);
	return collection(ctx, req, surveys.map(({ restricted: _restricted, ...survey }) => survey), page, pageSize);
}

function importSurvey(ctx: ForstaContext, req: MockRequest): MockResponse {
	// The mock server reads bodies as UTF-8 text; the zip signature survives that, and is what Forsta checks first.
	if (!req.rawBody.startsWith('PK\u0003\u0004')) return message(400, 'Definition has to be a zipped XML file.');
	const number = ctx.state.nextSurveyNumber++;
	const id = `p${1_000_000 + number}`;
	const name = /name="([^"]*)"/.exec(req.rawBody)?.[1] ?? `Imported ${number}`;
	const now = new Date().toISOString();
	ctx.state.surveys.push({ id, name: `${name} (import)`, companyId: 42, keywords: [], status: 'design', created: now, lastModified: now });
	ctx.state.data.set(id, { responses: [], respondents: [], nextResponseId: 1, nextRespid: 5_001 });
	return { status: 200, body: { projectId: id } };
}

export function registerSurveyRoutes(server: MockServer, ctx: ForstaContext): void {
	const withSurvey = (handler: (found: Found, req: MockRequest) => MockResponse) => surveyHandler(ctx, handler);
	server.route('GET', '/v1/surveys', (req) => listSurveys(ctx, req));
	server.route('POST', '/v1/surveys', (req) => importSurvey(ctx, req));
	server.route(
		'GET',
		'/v1/surveys/:surveyId',
		withSurvey(({ survey }, req) => {
			if (accepts(req, 'application/zip')) return { status: 200, rawBody: definitionZip(survey), headers: { 'content-type': 'application/zip' } };
			const { restricted: _restricted, ...visible } = survey;
			return withEtag(req, { ...visible, links: { self: `/v1/surveys/${survey.id}` } });
		}),
	);
	server.route(
		'GET',
		'/v1/surveys/:surveyId/responses/schema',
		withSurvey((_found, req) =>
			withEtag(req, {
				root: { name: 'response', keys: [{ name: 'responseid', type: 'numeric' }], variables: ['respid', 'status', 'interview_start', 'interview_end', 'q1', 'q2', 'nps'].map((name) => ({ name })) },
			}),
		),
	);
	server.route(
		'GET',
		'/v1/surveys/:surveyId/respondents/schema',
		withSurvey((_found, req) =>
			withEtag(req, { root: { name: 'respondent', keys: [{ name: 'respid', type: 'numeric' }], variables: ['email', 'name', 'noOfMailSent'].map((name) => ({ name })) } }),
		),
	);
	server.route('GET', '/v1/surveys/:surveyId/responses/data', withSurvey(({ data }, req) => surveyDataResponse(ctx, req, data.responses, ['responseid'])));
	server.route('GET', '/v1/surveys/:surveyId/respondents/data', withSurvey(({ data }, req) => surveyDataResponse(ctx, req, data.respondents, ['respid'])));
}
