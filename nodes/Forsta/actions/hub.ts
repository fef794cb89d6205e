import { readList, returnAllAndLimit } from '../../shared/operations/listFields';
import { idLocator } from '../../shared/operations/locator';
import { getManyOperation } from '../../shared/operations/standardOperations';
import type { Operation, Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { conditionalGetOperation } from '../etag';
import { forstaHubsProfile } from '../forstaProfiles';
import { hubListPaging } from '../forstaPaging';
import { hubLocator } from '../locators';
import { surveyDataFields } from '../surveyData/dataFields';
import { readSurveyData } from '../surveyData/readSurveyData';

const combinedSurveyLocator = idLocator({
	name: 'combinedSurvey',
	displayName: 'Survey',
	searchMethod: 'searchSurveys',
	idPattern: '^p\\d+$',
	idPlaceholder: 'e.g. p1234567',
	description: 'The survey combined in the hub (the list needs the pub.surveys scope; an ID works with pub.hubs alone)',
});

const get = conditionalGetOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a hub',
	description: 'Retrieve one hub by its ID',
	locator: hubLocator,
	path: (id) => encodePath`/v1/hubs/${id}`,
});

const hierarchies: Operation = {
	value: 'getHierarchies',
	name: 'Get Hierarchies',
	action: 'Get the hierarchies of a hub',
	description: 'List the hierarchies defined in a hub',
	properties: [hubLocator, ...returnAllAndLimit()],
	run: async (input) => await readList(input, { method: 'GET', path: encodePath`/v1/hubs/${input.params.id('hub', 'Hub')}/hierarchies` }, hubListPaging),
};

const combinedData: Operation = {
	value: 'getCombinedData',
	name: 'Get Auto-Combined Survey Data',
	action: 'Get auto-combined survey data of a hub',
	description: "Read the respondent data of a survey auto-combined in a hub, as pages or as one stream",
	properties: [hubLocator, combinedSurveyLocator, ...surveyDataFields],
	run: async (input) => {
		const hub = input.params.id('hub', 'Hub');
		const survey = input.params.id('combinedSurvey', 'Survey');
		return await readSurveyData(input, encodePath`/v1/hubs/${hub}/auto-combined-surveys/${survey}/respondents/data`);
	},
};

const getMany = getManyOperation({ nouns: 'hubs', path: '/v1/hubs', strategy: hubListPaging, description: 'List the hubs this client may read' });

/** Every hub operation talks to the Hubs API, whose limits Forsta counts apart from the Surveys API's. */
export const hubResource: Resource = {
	value: 'hub',
	name: 'Hub',
	operations: [get, combinedData, hierarchies, getMany].map((operation) => ({ ...operation, profile: forstaHubsProfile })),
};
