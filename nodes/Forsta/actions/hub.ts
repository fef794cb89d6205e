import { readList, returnAllAndLimit } from '../../shared/operations/listFields';
import { idLocator } from '../../shared/operations/locator';
import { getManyOperation } from '../../shared/operations/standardOperations';
import type { Operation, Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { conditionalGetOperation } from '../etag';
import { forstaHubsProfile } from '../forstaProfiles';
import { hubListPaging } from '../forstaPaging';
import { hubLocator, SURVEY_ID } from '../locators';
import { surveyDataFields } from '../surveyData/dataFields';
import { readSurveyData } from '../surveyData/readSurveyData';

const combinedSurveyLocator = idLocator({
	name: 'combinedSurvey',
	displayName: 'Survey',
	searchMethod: 'searchSurveys',
	idShape: SURVEY_ID,
	idPlaceholder: 'e.g. p1234567',
	description: 'The survey combined in the hub (the list needs the pub.surveys scope; an ID works with pub.hubs alone)',
});

const get: Operation = {
	...conditionalGetOperation({
		value: 'get',
		name: 'Get',
		action: 'Get a hub',
		description: 'Retrieve one hub by its ID',
		locator: hubLocator,
		path: (id) => encodePath`/v1/hubs/${id}`,
	}),
	returns: 'the hub as one item: id, name and what Forsta says of it (nothing when Only If Changed is on and it is unchanged)',
};

const hierarchies: Operation = {
	value: 'getHierarchies',
	name: 'Get Hierarchies',
	action: 'Get the hierarchies of a hub',
	description: 'List the hierarchies defined in a hub',
	returns: 'the hierarchies, one item each: id and name',
	properties: [hubLocator, ...returnAllAndLimit()],
	run: async (input) => await readList(input, { method: 'GET', path: encodePath`/v1/hubs/${input.params.locatorId(hubLocator)}/hierarchies` }, hubListPaging),
};

const combinedData: Operation = {
	value: 'getCombinedData',
	name: 'Get Auto-Combined Survey Data',
	action: 'Get auto-combined survey data of a hub',
	description: "Read the respondent data of a survey auto-combined in a hub, as pages or as one stream",
	returns: 'the respondent records, one item each, with the variables asked for (all by default)',
	properties: [hubLocator, combinedSurveyLocator, ...surveyDataFields],
	run: async (input) => {
		const hub = input.params.locatorId(hubLocator);
		const survey = input.params.locatorId(combinedSurveyLocator);
		return await readSurveyData(input, encodePath`/v1/hubs/${hub}/auto-combined-surveys/${survey}/respondents/data`);
	},
};

const getMany = getManyOperation({ nouns: 'hubs', path: '/v1/hubs', strategy: hubListPaging, description: 'List the hubs this client may read', returns: 'the hubs, one item each: id and name' });

/** Every hub operation talks to the Hubs API, whose limits Forsta counts apart from the Surveys API's. */
export const hubResource: Resource = {
	value: 'hub',
	name: 'Hub',
	operations: [get, combinedData, hierarchies, getMany].map((operation) => ({ ...operation, profile: forstaHubsProfile })),
};
