import fc from 'fast-check';

/** Characters that mean something in a URL, a path or a shell, plus some that are not ASCII. */
const TRICKY = ['#', '/', '?', '%', '%2F', '%2e', '..', '.', '@', ':', ';', '&', '=', '+', ',', ' ', '\\', '"', "'", '<', '>', '[', ']', '{', '}', '|', '^', '`', '~', '\t', '\n', '\u0000', 'é', '中', '😀', '\u200b'];

/** Whole values that try to leave the path or the host. */
const HOSTILE = [
	'.',
	'..',
	'%2e%2e',
	'../../admin',
	'..\\..\\admin',
	'//evil.example',
	'//evil.example/x',
	'http://evil.example/x',
	'https://evil.example',
	'\\\\evil.example\\x',
	'@evil.example',
	'user@evil.example:80',
	'#news',
	'#news/2024?page=2',
	'a/b',
	'?x=1',
	'%00',
	'article-1#comments/2',
];

/** An id a user might type or an upstream node might pass: hostile whole values, or tricky characters mixed with text. */
export const anyId: fc.Arbitrary<string> = fc
	.oneof(
		fc.constantFrom(...HOSTILE),
		fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
	)
	.filter((id) => id.trim() !== '');

/** A path for a Custom API Call: hostile values, or segments mixing ordinary names, dots and tricky characters. */
export const anyPath: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(...HOSTILE, '/skus/../../admin', '/a/%2e%2e/b', '/a/.%2E/b', '/a\\..\\b', '/a/./b', '/%2F%2Fevil.example', '/\\evil.example', '///evil.example/x', 'HTTP://evil.example', '/ok?next=http://evil.example'),
	fc
		.array(fc.oneof(fc.constantFrom('..', '.', '', 'api', 'v1', '%2e', '%2F', '\\', '@evil.example', 'evil.example', ':80'), fc.string({ unit: 'grapheme', maxLength: 4 })), { minLength: 1, maxLength: 6 })
		.map((segments) => segments.join('/')),
);

/** Values a path cannot carry as one segment: URL parsing resolves "." and ".." away. */
export const unrepresentable = (value: string) => value === '' || value === '.' || value === '..';
