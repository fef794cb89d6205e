import type { IExecuteFunctions } from 'n8n-workflow';
import { ItemParameters } from '../input/itemParameters';

/**
 * 50 items: the default Limit of every list, so a default Get Many reaches the model whole.
 * 20,000 characters: about 5,000 tokens, a few percent of a 128k context, so an agent can make several calls and
 * still have room to think; 50 compact Hive SKUs (about 165 characters each) fit in it.
 */
export const DEFAULT_TOOL_ANSWER_ITEMS = 50;
export const DEFAULT_TOOL_ANSWER_CHARACTERS = 20_000;
/** Below this the note alone could not fit. */
export const MIN_TOOL_ANSWER_CHARACTERS = 1_000;

export const TOOL_ANSWER_PARAMETER = 'toolAnswer';

/** The option's fields, named once for the property and for the reader. */
export const TOOL_ANSWER_FIELDS = {
	compactItems: { name: 'compactItems', displayName: 'Compact Items' },
	fieldsToReturn: { name: 'fieldsToReturn', displayName: 'Fields to Return' },
	maxCharacters: { name: 'maxCharacters', displayName: 'Max Characters' },
	maxItems: { name: 'maxItems', displayName: 'Max Items' },
} as const;

export interface ToolAnswerBudget {
	maxItems: number;
	maxCharacters: number;
	compactItems: boolean;
	/** Top-level fields to keep; empty keeps every field. */
	fieldsToReturn: string[];
}

/** The node's Tool Answer Budget option, checked before any request like every field; absent fields take the defaults. */
export function toolAnswerBudgetOf(ctx: IExecuteFunctions): ToolAnswerBudget {
	const params = new ItemParameters(ctx, 0);
	const values = params.collection(TOOL_ANSWER_PARAMETER);
	const { compactItems, fieldsToReturn, maxCharacters, maxItems } = TOOL_ANSWER_FIELDS;
	return {
		maxItems: params.numberOf(maxItems.displayName, values[maxItems.name] ?? DEFAULT_TOOL_ANSWER_ITEMS, { min: 1, integer: true }),
		maxCharacters: params.numberOf(maxCharacters.displayName, values[maxCharacters.name] ?? DEFAULT_TOOL_ANSWER_CHARACTERS, {
			min: MIN_TOOL_ANSWER_CHARACTERS,
			integer: true,
		}),
		compactItems: params.flagOf(compactItems.displayName, values[compactItems.name], true),
		fieldsToReturn: params.listOf(fieldsToReturn.displayName, values[fieldsToReturn.name]),
	};
}
