import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { streamRecords } from '../../shared/pagination/ndjsonRecords';
import type { ApiClient } from '../../shared/transport/apiClient';
import type { ApiRequest } from '../../shared/transport/types';
import { encodePath } from '../../shared/transport/url';
import { NDJSON } from '../surveyData/readSurveyData';

/** What the trigger keeps in the workflow's static data (per node). */
export interface ResponseCursor {
	/** The survey the cursor belongs to; another survey starts afresh. */
	surveyId?: string;
	/** The highest `responseid` already emitted (or seen on the first poll). */
	lastResponseId?: number;
}

const responseIdOf = (record: IDataObject): number => Number(record.responseid);

function dataRequest(surveyId: string, qs: IDataObject): ApiRequest {
	return { method: 'GET', path: encodePath`/v1/surveys/${surveyId}/responses/data`, qs, headers: { Accept: NDJSON } };
}

function withKey(variables: string[]): IDataObject {
	return variables.length ? { variables: [...new Set(['responseid', ...variables])].join(',') } : {};
}

/** The highest responseid of the survey right now: one streamed request for the key alone. */
export async function latestResponseId(client: ApiClient, surveyId: string): Promise<number> {
	let highest = 0;
	for await (const record of streamRecords(client, dataRequest(surveyId, { variables: 'responseid' }))) {
		const id = responseIdOf(record);
		if (Number.isFinite(id) && id > highest) highest = id;
	}
	return highest;
}

/**
 * Responses with a responseid above the cursor, oldest first. Forsta filters on the server; the same test runs
 * here too, so a record at or below the cursor is never emitted twice even if the filter were ignored.
 */
export async function responsesAfter(client: ApiClient, surveyId: string, after: number, variables: string[]): Promise<IDataObject[]> {
	const request = dataRequest(surveyId, { ...withKey(variables), filterExpression: `response:responseid > ${after}` });
	const fresh: IDataObject[] = [];
	for await (const record of streamRecords(client, request)) if (responseIdOf(record) > after) fresh.push(record);
	return fresh.sort((a, b) => responseIdOf(a) - responseIdOf(b));
}

/** One record for the editor's "Fetch Test Event": the last one emitted, else the first response of the survey. */
export async function sampleResponse(client: ApiClient, surveyId: string, cursor: ResponseCursor, variables: string[]): Promise<IDataObject | undefined> {
	const qs: IDataObject = { ...withKey(variables), pageSize: 1 };
	if (cursor.surveyId === surveyId && cursor.lastResponseId) qs.filterExpression = `response:responseid = ${cursor.lastResponseId}`;
	const response = await client.send({ method: 'GET', path: dataRequest(surveyId, {}).path, qs });
	const items = (response.body as { items?: IDataObject[] } | undefined)?.items;
	return Array.isArray(items) ? items[0] : undefined;
}

/** The poll: emits the responses that are new since the last poll, and moves the cursor past them. */
export async function pollNewResponses(ctx: IPollFunctions, client: ApiClient, surveyId: string, variables: string[]): Promise<IDataObject[] | null> {
	const cursor = ctx.getWorkflowStaticData('node') as ResponseCursor;
	if (ctx.getMode() === 'manual') {
		const sample = await sampleResponse(client, surveyId, cursor, variables);
		return sample ? [sample] : null;
	}
	if (cursor.surveyId !== surveyId || cursor.lastResponseId === undefined) {
		// First poll: start from what exists now; responses from before the trigger was switched on are not news.
		cursor.lastResponseId = await latestResponseId(client, surveyId);
		cursor.surveyId = surveyId;
		return null;
	}
	const fresh = await responsesAfter(client, surveyId, cursor.lastResponseId, variables);
	if (fresh.length === 0) return null;
	cursor.lastResponseId = responseIdOf(fresh[fresh.length - 1]);
	return fresh;
}
