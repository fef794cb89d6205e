import type { INodeProperties } from 'n8n-workflow';
import { narrowingFields } from '../../../../nodes/shared/operations/narrowingFields';
import { returnAllAndLimit } from '../../../../nodes/shared/operations/listFields';
import { cutNote, partialNote } from '../../../../nodes/shared/operations/toolAnswerNote';
import { skuResource } from '../../../../nodes/Hive/actions/sku';

const budget = { maxItems: 50, maxCharacters: 20_000, compactItems: true, fieldsToReturn: [] };

const filters: INodeProperties = {
	displayName: 'Filters',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{ displayName: 'Status', name: 'status', type: 'string', default: '' },
		{ displayName: 'Tag', name: 'tag', type: 'string', default: '' },
	],
};
const sortOptions: INodeProperties = { ...filters, displayName: 'Options', name: 'listOptions', placeholder: 'Add Option', options: [{ displayName: 'Sort', name: 'sort', type: 'string', default: '' }] };
const additionalFields: INodeProperties = { ...filters, displayName: 'Additional Fields', name: 'additionalFields', placeholder: 'Add Field' };

describe('narrowingFields', () => {
	it("names the Limit and every option of a Filters collection, found by the collection's label whatever its name", () => {
		const fields = narrowingFields([...returnAllAndLimit(), filters, sortOptions, additionalFields], {});
		expect(fields).toEqual([
			{ label: 'Limit', modelArguments: [] },
			{ label: 'Status', within: 'Filters', modelArguments: [] },
			{ label: 'Tag', within: 'Filters', modelArguments: [] },
		]);
	});

	it('names the $fromAI keys through which the model sets a field itself', () => {
		const fields = narrowingFields([...returnAllAndLimit(), filters], {
			limit: "={{ $fromAI('howMany', 'How many', 'number') }}",
			options: { tag: '={{ $fromAi("tagName") }}', status: 'open' },
		});
		expect(fields.map((field) => [field.label, field.modelArguments])).toEqual([
			['Limit', ['howMany']],
			['Status', []],
			['Tag', ['tagName']],
		]);
	});

	it("reads Hive's SKU list from its own description: Limit and the Filters options", () => {
		const getMany = skuResource.operations.find((operation) => operation.value === 'getAll');
		const labels = narrowingFields(getMany?.properties ?? [], {}).map((field) => field.label);
		expect(labels).toEqual(['Limit', 'Created After', 'Created At or After', 'Created At or Before', 'Created Before', 'Merchant SKU IDs']);
	});
});

describe('the note a model reads about a cut', () => {
	const narrowing = narrowingFields([...returnAllAndLimit(), filters], { options: { tag: "={{ $fromAI('tag') }}" } });

	it('says how many items exist and are shown, the budget, and which fields narrow the list', () => {
		const note = cutNote({ shown: 50, total: 500, totalIsMinimum: false, budget, narrowing });
		expect(note).toBe(
			"Cut to fit this tool's answer budget (50 items, 20000 characters): showing 50 of 500 items, the first ones in the order the service returned them. " +
				"Do not treat them as the whole list. This tool's fields that narrow the list: Limit, Filters (Status, Tag). You set tag (Tag) through your arguments.",
		);
	});

	it('says "at least" when the list stopped at its Limit, and who sets the fields when the model cannot', () => {
		const note = cutNote({ shown: 12, total: 100, totalIsMinimum: true, budget, narrowing: narrowingFields(returnAllAndLimit(), {}) });
		expect(note).toContain('showing 12 of at least 100 items');
		expect(note).toContain("This tool's fields that narrow the list: Limit. They are set in the workflow, not through your arguments");
	});

	it('says the list is incomplete when nothing narrows it', () => {
		expect(cutNote({ shown: 1, total: 2, totalIsMinimum: false, budget, narrowing: [] })).toContain('This tool has no field that narrows the list');
	});

	it('explains a partial item and where fewer fields can be chosen', () => {
		const note = partialNote({ total: 1, totalIsMinimum: false, budget, narrowing: [], itemCharacters: 90_000, shownCharacters: 19_000 });
		expect(note).toContain('the only item has 90000 characters of JSON, so "partialJson" holds only its first 19000');
		expect(partialNote({ total: 3, totalIsMinimum: true, budget, narrowing: [], itemCharacters: 9, shownCharacters: 8 })).toContain('the first of at least 3 items alone has 9');
		expect(note).toContain('Tool Answer Budget option (Fields to Return)');
	});
});
