import { z } from 'zod';
import { parseJsonText, schemaProblem } from '../../../../nodes/shared/input/jsonField';

describe('parseJsonText', () => {
	it('parses JSON', () => {
		expect(parseJsonText(' {"a":[1,2]} ')).toEqual({ ok: true, value: { a: [1, 2] } });
	});

	it('says an empty text is empty', () => {
		expect(parseJsonText('')).toEqual({ ok: false, error: 'it is empty' });
	});

	it('gives the parser’s reason for invalid JSON', () => {
		const result = parseJsonText("{'a': 1}");
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error.length).toBeGreaterThan(0);
	});
});

describe('schemaProblem', () => {
	it('writes array indexes in brackets and keys with dots', () => {
		const schema = z.object({ lines: z.array(z.object({ sku: z.string() })) });
		const result = schema.safeParse({ lines: [{ sku: 'a' }, { sku: 1 }] });
		expect(!result.success && schemaProblem(result.error)).toBe('is not valid: lines[1].sku: Expected string, received number');
	});

	it('gives the bare message for a problem at the top level', () => {
		const result = z.array(z.string()).safeParse('x');
		expect(!result.success && schemaProblem(result.error)).toBe('is not valid: Expected array, received string');
	});
});
