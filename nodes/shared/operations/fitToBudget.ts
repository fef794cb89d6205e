import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

export interface Budget {
	maxItems: number;
	maxCharacters: number;
}

/** The notes for a cut, given how much is shown; their length may only grow with the numbers in them. */
export interface CutNotes {
	/** `shown` whole items are shown. */
	cut(shown: number): string;
	/** Only the first `shownCharacters` of the first item's JSON (`itemCharacters` long) are shown. */
	partial(itemCharacters: number, shownCharacters: number): string;
}

/** Characters of `[a,b,c]`: what the agent hands the model is the JSON of the items' JSON. */
const listLength = (sizes: number[]) => 2 + sizes.reduce((sum, size) => sum + size, 0) + Math.max(0, sizes.length - 1);

/** The longest start of `text` whose JSON string is at most `room` characters (escapes make some characters longer). */
function startWithin(text: string, room: number): string {
	let fits = 0;
	let tooLong = Math.min(text.length, Math.max(0, room - 2)) + 1;
	while (tooLong - fits > 1) {
		const middle = Math.floor((fits + tooLong) / 2);
		if (JSON.stringify(text.slice(0, middle)).length <= room) fits = middle;
		else tooLong = middle;
	}
	return text.slice(0, fits);
}

/**
 * Keeps the items whole and in order while they fit in `budget` (counted as the JSON the model receives, the note
 * included), and adds a final `{ note }` item when anything was left out. When even the first item does not fit, the
 * start of its JSON is shown as text instead, so the model gets something to work with. Items that fit come back as
 * they are.
 */
export function fitToBudget(items: INodeExecutionData[], budget: Budget, notes: CutNotes): INodeExecutionData[] {
	const texts = items.map((item) => JSON.stringify(item.json));
	const sizes = texts.map((text) => text.length);
	if (items.length <= budget.maxItems && listLength(sizes) <= budget.maxCharacters) return items;

	const most = Math.min(items.length, budget.maxItems);
	// The note written with the largest numbers it can hold is the longest it can be: reserve that much.
	let used = 2 + JSON.stringify({ note: notes.cut(most) }).length;
	let shown = 0;
	// Each shown item adds itself and the comma after it.
	while (shown < most && used + sizes[shown] + 1 <= budget.maxCharacters) used += sizes[shown++] + 1;
	const noteItem = (note: string, pairedWith: INodeExecutionData): INodeExecutionData => ({ json: { note }, pairedItem: pairedWith.pairedItem });
	if (shown > 0) return [...items.slice(0, shown), noteItem(notes.cut(shown), items[shown - 1])];

	const [first] = items;
	const partialRoom = budget.maxCharacters - 3 - JSON.stringify({ note: notes.partial(sizes[0], sizes[0]) }).length - JSON.stringify({ partialJson: '' }).length;
	const start = startWithin(texts[0], partialRoom + 2);
	const partial: IDataObject = { partialJson: start };
	return [{ json: partial, pairedItem: first.pairedItem }, noteItem(notes.partial(sizes[0], start.length), first)];
}
