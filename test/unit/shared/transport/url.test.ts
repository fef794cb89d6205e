import { encodePath, joinUrl, sameOriginUrl } from '../../../../nodes/shared/transport/url';

const BASE = 'https://app.hive.example/merchant_api/v1';

describe('joinUrl', () => {
	it('joins a relative path to the base URL with exactly one slash', () => {
		expect(joinUrl(BASE, '/skus')).toBe(`${BASE}/skus`);
		expect(joinUrl(`${BASE}/`, 'skus')).toBe(`${BASE}/skus`);
		expect(joinUrl(`${BASE}//`, '/skus')).toBe(`${BASE}/skus`);
	});

	it.each(['https://evil.example/skus', 'http://app.hive.example/x', '//evil.example/skus', 'javascript:alert(1)', 'HTTPS://evil.example'])(
		'refuses a full URL that would change the host: %s',
		(path) => {
			expect(() => joinUrl(BASE, path)).toThrow(/must be relative/);
		},
	);

	it.each(['../admin', '/skus/../../admin', 'skus/..', 'a/b/..?x=1', 'a/..#top'])('refuses ".." segments: %s', (path) => {
		expect(() => joinUrl(BASE, path)).toThrow(/must not contain "\.\."/);
	});

	it('allows dots that are not a whole segment', () => {
		expect(joinUrl(BASE, '/files/report..v2.csv')).toBe(`${BASE}/files/report..v2.csv`);
	});
});

describe('sameOriginUrl', () => {
	it('accepts an absolute link on the same origin', () => {
		expect(sameOriginUrl(BASE, 'https://app.hive.example/merchant_api/v1/skus?page=2')).toBe('https://app.hive.example/merchant_api/v1/skus?page=2');
	});

	it('resolves a relative link against the base path, and a root-relative one against the origin', () => {
		expect(sameOriginUrl(BASE, 'skus?page=2')).toBe('https://app.hive.example/merchant_api/v1/skus?page=2');
		expect(sameOriginUrl(BASE, '/merchant_api/v1/skus?page=3')).toBe('https://app.hive.example/merchant_api/v1/skus?page=3');
	});

	it.each([
		'https://evil.example/merchant_api/v1/skus',
		'//evil.example/skus',
		'http://app.hive.example/merchant_api/v1/skus',
		'https://app.hive.example:8443/merchant_api/v1/skus',
		'https://app.hive.example.evil.example/skus',
	])('refuses a link to another origin: %s', (link) => {
		expect(() => sameOriginUrl(BASE, link)).toThrow(/another host/);
	});
});

describe('encodePath', () => {
	it('keeps "/", "#", "?" and spaces inside one segment', () => {
		const id = 'A/B#1?x y';
		expect(encodePath`/skus/${id}/stock`).toBe('/skus/A%2FB%231%3Fx%20y/stock');
	});

	it('an id of ".." cannot climb out of the path: the joined URL is refused', () => {
		const path = encodePath`/skus/${'..'}`;
		expect(path).toBe('/skus/..');
		expect(() => joinUrl(BASE, path)).toThrow();
	});

	it('writes numbers and several values in place', () => {
		expect(encodePath`/orders/${42}/lines/${'7'}`).toBe('/orders/42/lines/7');
	});
});
