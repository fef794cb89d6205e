import type { INodeExecutionData } from 'n8n-workflow';
import { fitToBudget, type CutNotes } from '../../../../nodes/shared/operations/fitToBudget';

const notes: CutNotes = {
	cut: (shown) => `showing ${shown}`,
	partial: (itemCharacters, shownCharacters) => `first ${shownCharacters} of ${itemCharacters}`,
};

const rows = (count: number, text = 'x'.repeat(20)): INodeExecutionData[] =>
	Array.from({ length: count }, (_, index) => ({ json: { id: index, text }, pairedItem: { item: 0 } }));

/** What the agent hands the model: the JSON of the items' JSON. */
const sent = (items: INodeExecutionData[]) => JSON.stringify(items.map((item) => item.json));

describe('fitToBudget', () => {
	it('returns a list within both limits as it is', () => {
		const items = rows(3);
		expect(fitToBudget(items, { maxItems: 3, maxCharacters: sent(items).length }, notes)).toBe(items);
	});

	it('keeps the first maxItems items in order and adds the note as a final item paired like the last shown', () => {
		const items = rows(10);
		items[3].pairedItem = { item: 2 };
		const fitted = fitToBudget(items.slice(0, 4).concat(items.slice(4)), { maxItems: 4, maxCharacters: 100_000 }, notes);
		expect(fitted.map((item) => item.json.id)).toEqual([0, 1, 2, 3, undefined]);
		expect(fitted[4]).toEqual({ json: { note: 'showing 4' }, pairedItem: { item: 2 } });
	});

	it('stops at the character budget, the note included, and uses it as fully as whole items allow', () => {
		const items = rows(1_000);
		for (const maxCharacters of [1_000, 1_234, 2_000, 5_555]) {
			const fitted = fitToBudget(items, { maxItems: 1_000, maxCharacters }, notes);
			const shown = fitted.length - 1;
			expect(sent(fitted).length).toBeLessThanOrEqual(maxCharacters);
			expect(fitted[shown].json).toEqual({ note: `showing ${shown}` });
			// One more item would not have fit beside the longest note (the one reserved for).
			const oneMore = [...items.slice(0, shown + 1), { json: { note: 'showing 1000' } }];
			expect(sent(oneMore).length).toBeGreaterThan(maxCharacters);
		}
	});

	it('reserves room for the longest note, so a note with more digits still fits', () => {
		const items = rows(1_000, '');
		const fitted = fitToBudget(items, { maxItems: 1_000, maxCharacters: 1_000 }, { ...notes, cut: (shown) => `showing ${shown} of 1000` });
		expect(sent(fitted).length).toBeLessThanOrEqual(1_000);
	});

	it('when the first item alone is over the budget, shows the start of its JSON as text within the budget', () => {
		const big: INodeExecutionData = { json: { id: 1, body: 'é"\\'.repeat(2_000) }, pairedItem: { item: 0 } };
		const fitted = fitToBudget([big, ...rows(2)], { maxItems: 50, maxCharacters: 1_000 }, notes);
		expect(fitted).toHaveLength(2);
		const start = fitted[0].json.partialJson as string;
		expect(JSON.stringify(big.json).startsWith(start)).toBe(true);
		expect(start.length).toBeGreaterThan(500);
		expect(fitted[1].json).toEqual({ note: `first ${start.length} of ${JSON.stringify(big.json).length}` });
		expect(sent(fitted).length).toBeLessThanOrEqual(1_000);
		expect(fitted[0].pairedItem).toEqual({ item: 0 });
	});

	it('counts a list exactly at the budget as fitting', () => {
		const items = rows(5);
		expect(fitToBudget(items, { maxItems: 5, maxCharacters: sent(items).length }, notes)).toBe(items);
		expect(fitToBudget(items, { maxItems: 5, maxCharacters: sent(items).length - 1 }, notes)).not.toBe(items);
	});
});
