import type { NarrowingField } from './narrowingFields';
import type { ToolAnswerBudget } from './toolAnswerBudget';

/** What the model is told about a cut list: written for a model, which reads it as the last item of the answer. */
export interface CutFacts {
	shown: number;
	total: number;
	/** The list stopped at the operation's Limit, so the service may hold more. */
	totalIsMinimum: boolean;
	budget: ToolAnswerBudget;
	narrowing: NarrowingField[];
}

function listed(fields: NarrowingField[]): string {
	const names: string[] = fields.filter((field) => !field.within).map((field) => field.label);
	const collections = [...new Set(fields.map((field) => field.within).filter((within): within is string => Boolean(within)))];
	for (const collection of collections) {
		names.push(`${collection} (${fields.filter((field) => field.within === collection).map((field) => field.label).join(', ')})`);
	}
	return names.join(', ');
}

function howToNarrow(fields: NarrowingField[]): string {
	if (fields.length === 0) return 'This tool has no field that narrows the list; tell the user the list is incomplete.';
	const yours = fields.filter((field) => field.modelArguments.length).map((field) => `${field.modelArguments.join(', ')} (${field.label})`);
	const who = yours.length
		? `You set ${yours.join('; ')} through your arguments.`
		: 'They are set in the workflow, not through your arguments: if the user needs other items, say which field to set.';
	return `This tool's fields that narrow the list: ${listed(fields)}. ${who}`;
}

/** "Showing 50 of 500 items", why, and which fields narrow the list. */
export function cutNote(facts: CutFacts): string {
	const { budget } = facts;
	const total = facts.totalIsMinimum ? `at least ${facts.total}` : String(facts.total);
	return (
		`Cut to fit this tool's answer budget (${budget.maxItems} items, ${budget.maxCharacters} characters): showing ${facts.shown} of ${total} items, ` +
		`the first ones in the order the service returned them. Do not treat them as the whole list. ${howToNarrow(facts.narrowing)}`
	);
}

export interface PartialFacts extends Omit<CutFacts, 'shown'> {
	/** Characters of the first item's JSON, and how many of them are shown. */
	itemCharacters: number;
	shownCharacters: number;
}

/** The first item alone is over the budget: only the start of its JSON is shown. */
export function partialNote(facts: PartialFacts): string {
	const total = facts.totalIsMinimum ? `at least ${facts.total}` : String(facts.total);
	const item = facts.total === 1 && !facts.totalIsMinimum ? 'the only item' : `the first of ${total} items alone`;
	return (
		`Cut to fit this tool's answer budget (${facts.budget.maxCharacters} characters): ${item} has ${facts.itemCharacters} characters of JSON, ` +
		`so "partialJson" holds only its first ${facts.shownCharacters}. The workflow's owner can pick fewer fields in the node's Tool Answer Budget option (Fields to Return). ` +
		howToNarrow(facts.narrowing)
	);
}
