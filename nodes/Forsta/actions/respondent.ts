import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';
import type { Operation, Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { surveyLocator } from '../locators';
import { dataOperation, schemaOperation } from './schemaOperation';

const respondentSchema = z
	.record(z.union([z.string(), z.number(), z.boolean(), z.null()]))
	.refine((fields) => Object.keys(fields).length > 0, 'must name at least one field');

const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a respondent',
	description: 'Add a respondent to a survey, optionally returning their survey link',
	returns: 'the new respondent as one item, with links (and surveyLink when Include Survey Link is on)',
	properties: [
		surveyLocator,
		{
			displayName: 'Respondent (JSON)',
			name: 'respondent',
			type: 'json',
			default: '{\n  "email": "respondent@example.com"\n}',
			required: true,
			description: 'The respondent’s fields as a flat JSON object, named as in the respondent data schema',
		},
		{
			displayName: 'Include Survey Link',
			name: 'includeSurveyLink',
			type: 'boolean',
			default: false,
			description: 'Whether to read the new respondent back with their personal survey link (one more request)',
		},
	],
	run: async ({ client, params, itemIndex }) => {
		const id = params.locatorId(surveyLocator);
		const respondent = params.json('respondent', 'Respondent (JSON)', respondentSchema) as IDataObject;
		const includeSurveyLink = params.boolean('includeSurveyLink', false, 'Include Survey Link');
		// Never repeated after a fault: a second POST would add the respondent twice.
		const created = await client.send({ method: 'POST', path: encodePath`/v1/surveys/${id}/respondents`, body: respondent }, itemIndex);
		const body = (created.body ?? {}) as IDataObject;
		if (!includeSurveyLink) return body;
		const self = (body.links as IDataObject | undefined)?.self;
		if (typeof self !== 'string' || self === '') throw client.problem({ method: 'POST', path: `/v1/surveys/${id}/respondents` }, 'Forsta created the respondent but returned no link to read it back', itemIndex);
		const read = await client.send({ method: 'GET', path: self, url: self, qs: { includeSurveyLink: true } }, itemIndex);
		const withLink = (read.body ?? {}) as IDataObject;
		const surveyLink = (withLink.links as IDataObject | undefined)?.surveyLink;
		return surveyLink === undefined ? withLink : { ...withLink, surveyLink };
	},
};

export const respondentResource: Resource = {
	value: 'respondent',
	name: 'Respondent',
	operations: [create, dataOperation('respondents', 'respondent'), schemaOperation('respondents', 'respondent')],
};
