import { idLocator, WHOLE_NUMBER_ID, type IdShape } from '../shared/operations/locator';

/** Survey (project) ids: "p" and digits, as in the API's own examples (POST /v1/surveys/p1231234/respondents). */
export const SURVEY_ID: IdShape = { pattern: '^p\\d+$', words: '"p" followed by digits, e.g. p1234567' };

export const surveyLocator = idLocator({
	name: 'survey',
	displayName: 'Survey',
	searchMethod: 'searchSurveys',
	idShape: SURVEY_ID,
	idPlaceholder: 'e.g. p1234567',
	description: 'The survey (project) ID, which starts with "p"',
});

export const hubLocator = idLocator({
	name: 'hub',
	displayName: 'Hub',
	searchMethod: 'searchHubs',
	idShape: WHOLE_NUMBER_ID('101'),
	idPlaceholder: 'e.g. 101',
	description: "The hub's numeric ID",
});
