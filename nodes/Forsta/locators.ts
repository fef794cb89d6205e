import { idLocator } from '../shared/operations/locator';

export const surveyLocator = idLocator({
	name: 'survey',
	displayName: 'Survey',
	searchMethod: 'searchSurveys',
	idPattern: '^p\\d+$',
	idPlaceholder: 'e.g. p1234567',
	description: 'The survey (project) ID, which starts with "p"',
});

export const hubLocator = idLocator({
	name: 'hub',
	displayName: 'Hub',
	searchMethod: 'searchHubs',
	idPattern: '^\\d+$',
	idPlaceholder: 'e.g. 101',
	description: "The hub's numeric ID",
});
