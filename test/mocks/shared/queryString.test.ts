import { parseQuery, QueryParseError, splitRailsKey, stringifyQuery } from './queryString';

describe('parseQuery', () => {
	it('keeps Rails-style keys exactly as sent, values in order', () => {
		expect(parseQuery('?merchant_sku_ids[]=A&merchant_sku_ids[]=B&created_at[gte]=2024-01-01&page=2')).toEqual({
			'merchant_sku_ids[]': ['A', 'B'],
			'created_at[gte]': ['2024-01-01'],
			page: ['2'],
		});
	});

	it('decodes percent-encoded keys and values, and + as a space', () => {
		expect(parseQuery('a%5B%5D=1&a%5B%5D=2&t=2024-01-01T00%3A00%3A00%2B01%3A00&q=x+y')).toEqual({
			'a[]': ['1', '2'],
			t: ['2024-01-01T00:00:00+01:00'],
			q: ['x y'],
		});
	});

	it('keeps forms a Rails API would misread, so a mock can refuse them', () => {
		expect(parseQuery('ids[0]=x&ids=y')).toEqual({ 'ids[0]': ['x'], ids: ['y'] });
	});

	it('treats a key without = as an empty value and skips empty pieces', () => {
		expect(parseQuery('flag&&a=')).toEqual({ flag: [''], a: [''] });
		expect(parseQuery('')).toEqual({});
	});

	it('throws on malformed percent-encoding', () => {
		expect(() => parseQuery('a=%E0%A4%A')).toThrow(QueryParseError);
	});

	it('round-trips through stringifyQuery', () => {
		const query = { 'ids[]': ['a b', 'c&d'], 'created_at[lt]': ['2024-01-01T00:00:00+01:00'] };
		expect(parseQuery(stringifyQuery(query))).toEqual(query);
	});
});

describe('splitRailsKey', () => {
	it('splits base and subkeys', () => {
		expect(splitRailsKey('page')).toEqual({ base: 'page', subkeys: [] });
		expect(splitRailsKey('ids[]')).toEqual({ base: 'ids', subkeys: [''] });
		expect(splitRailsKey('created_at[gte]')).toEqual({ base: 'created_at', subkeys: ['gte'] });
		expect(splitRailsKey('a[b][]')).toEqual({ base: 'a', subkeys: ['b', ''] });
	});

	it('refuses malformed keys', () => {
		expect(splitRailsKey('a[b')).toBeUndefined();
		expect(splitRailsKey('a]')).toBeUndefined();
		expect(splitRailsKey('a[b]c')).toBeUndefined();
		expect(splitRailsKey('[a]')).toBeUndefined();
	});
});
