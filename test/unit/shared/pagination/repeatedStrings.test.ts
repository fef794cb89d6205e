import { RepeatedStrings } from '../../../../nodes/shared/pagination/repeatedStrings';

const comment = (index: number) => ({
	id: `c${index}`,
	tenantId: 'tenant-1',
	urlId: `page-${index % 3}`,
	votes: index,
	approved: true,
	author: { name: 'Nested Name' },
	text: 'x'.repeat(300),
});

describe('RepeatedStrings', () => {
	it('leaves every value equal to what was parsed', () => {
		const items = Array.from({ length: 500 }, (_, index) => comment(index));
		const expected = JSON.parse(JSON.stringify(items));
		new RepeatedStrings().share(items);
		expect(items).toEqual(expected);
	});

	it('shares the repeated values of a read across pages, and only those', () => {
		const repeated = new RepeatedStrings();
		// Page one: the tenant repeats 9 times, the page ids 7 times (3 distinct), ids never.
		expect(repeated.share(Array.from({ length: 10 }, (_, index) => comment(index)))).toBe(9 + 7);
		// Page two: every tenant and page id was seen on page one.
		expect(repeated.share(Array.from({ length: 10 }, (_, index) => comment(10 + index)))).toBe(10 + 10);
	});

	it('skips values that are not strings, long texts and nested fields', () => {
		const repeated = new RepeatedStrings();
		const items = [
			{ n: 1, flag: true, text: 'y'.repeat(300), nested: { a: 'same' } },
			{ n: 1, flag: true, text: 'y'.repeat(300), nested: { a: 'same' } },
		];
		expect(repeated.share(items)).toBe(0);
	});

	it('stops looking up a field whose values keep differing, and keeps sharing a repetitive one', () => {
		const repeated = new RepeatedStrings();
		const page = (from: number) => Array.from({ length: 300 }, (_, index) => ({ id: `id-${from + index}`, tenantId: 'tenant-1' }));
		expect(repeated.share(page(0))).toBe(299);
		// The ids proved unique: ten equal ids now are not looked up, the tenant still is.
		expect(repeated.share(Array.from({ length: 10 }, () => ({ id: 'same', tenantId: 'tenant-1' })))).toBe(10);
	});
});
