import { parseRetryAfter } from '../../../../nodes/shared/throttle/retryAfter';

const NOW = Date.UTC(2025, 0, 6, 9, 0, 0);

describe('parseRetryAfter', () => {
	it.each([
		['120', 120_000],
		['0', 0],
		[' 7 ', 7_000],
	])('reads whole seconds: "%s" is %d ms', (value, expected) => {
		expect(parseRetryAfter(value, NOW)).toBe(expected);
	});

	it('reads decimal seconds as Hive sends them: "3.2" is 3,200 ms, rounded up to the millisecond', () => {
		expect(parseRetryAfter('3.2', NOW)).toBe(3_200);
		expect(parseRetryAfter('0.0004', NOW)).toBe(1);
	});

	it('reads a number and the first value of a repeated header', () => {
		expect(parseRetryAfter(2.5, NOW)).toBe(2_500);
		expect(parseRetryAfter(['4', '9'], NOW)).toBe(4_000);
	});

	it('reads an HTTP date as the time left until it', () => {
		expect(parseRetryAfter(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(30_000);
		expect(parseRetryAfter('Mon, 06 Jan 2025 09:01:00 GMT', NOW)).toBe(60_000);
	});

	it('treats an HTTP date in the past as no wait at all', () => {
		expect(parseRetryAfter(new Date(NOW - 5_000).toUTCString(), NOW)).toBe(0);
	});

	it.each([undefined, null, '', '   ', 'soon', 'later please', '12abc', '1e3', '0x10', {}, true])(
		'gives undefined (use the fallback) for a missing or unreadable value: %p',
		(value) => {
			expect(parseRetryAfter(value, NOW)).toBeUndefined();
		},
	);

	it.each(['-5', '-1.5', -3, Number.NaN])('gives undefined for a negative or invalid wait: %p', (value) => {
		expect(parseRetryAfter(value, NOW)).toBeUndefined();
	});
});
