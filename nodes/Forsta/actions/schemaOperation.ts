import type { Operation } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { conditionalGetOperation } from '../etag';
import { surveyLocator } from '../locators';
import { surveyDataFields } from '../surveyData/dataFields';
import { readSurveyData } from '../surveyData/readSurveyData';

type Level = 'respondents' | 'responses';

/** "Get Schema": the data schema (levels, keys, variables) of a survey's respondents or responses. */
export function schemaOperation(level: Level, noun: string): Operation {
	const operation = conditionalGetOperation({
		value: 'getSchema',
		name: 'Get Schema',
		action: `Get the ${noun} data schema`,
		description: `Retrieve the keys and variables of a survey's ${noun} data`,
		locator: surveyLocator,
		path: (id) => encodePath`/v1/surveys/${id}/${level}/schema`,
	});
	return { ...operation, returns: `the ${noun} data schema as one item: its keys and variables (nothing when Only If Changed is on and it is unchanged)` };
}

/** "Get Data": a survey's respondent or response records, paged or streamed. */
export function dataOperation(level: Level, noun: string): Operation {
	return {
		value: 'getData',
		name: 'Get Data',
		action: `Get ${noun} data`,
		description: `Read a survey's ${noun} records, as pages or as one stream`,
		returns: `the ${noun} records, one item each, with the variables asked for (all by default)`,
		properties: [surveyLocator, ...surveyDataFields],
		run: async (input) => await readSurveyData(input, encodePath`/v1/surveys/${input.params.locatorId(surveyLocator)}/${level}/data`),
	};
}
