import { NodeOperationError } from 'n8n-workflow';
import { ItemParameters } from '../../../../nodes/shared/input/itemParameters';
import { openApiToZod, type OpenApiSchema } from '../../../../nodes/shared/input/openApiSchema';
import { fakeContext } from '../../../helpers/fakeContext';

const INT32_MAX = 2 ** 31 - 1;

function problemOf(schema: OpenApiSchema, value: unknown, components: Record<string, OpenApiSchema> = {}): string | undefined {
	const result = openApiToZod(schema, components).safeParse(value);
	return result.success ? undefined : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}

describe('OpenAPI number formats in body checks', () => {
	const commentData: OpenApiSchema = {
		type: 'object',
		properties: { localDateHours: { type: 'integer', format: 'int32' }, date: { type: 'integer', format: 'int64' }, rating: { type: 'number', format: 'float' }, score: { type: 'number', format: 'double' } },
	};

	it('refuses an int32 beyond 2^31-1 (the epoch milliseconds sent as localDateHours), naming the range', () => {
		const problem = problemOf(commentData, { localDateHours: 1768473000000 });
		expect(problem).toContain('localDateHours');
		expect(problem).toContain(String(INT32_MAX));
		expect(problem).toContain('1768473000000');
	});

	it('accepts the int32 bounds themselves and refuses one past each', () => {
		expect(problemOf(commentData, { localDateHours: INT32_MAX })).toBeUndefined();
		expect(problemOf(commentData, { localDateHours: -(2 ** 31) })).toBeUndefined();
		expect(problemOf(commentData, { localDateHours: INT32_MAX + 1 })).toMatch(/at most 2147483647/);
		expect(problemOf(commentData, { localDateHours: -(2 ** 31) - 1 })).toMatch(/at least -2147483648/);
	});

	it('refuses an int64 beyond the integers JavaScript holds exactly', () => {
		expect(problemOf(commentData, { date: Number.MAX_SAFE_INTEGER })).toBeUndefined();
		expect(problemOf(commentData, { date: JSON.parse('9007199254740993') })).toMatch(/date: .*at most 9007199254740991/);
		expect(problemOf(commentData, { date: -1e300 })).toMatch(/at least -9007199254740991/);
	});

	it('refuses a non-integer for an integer format', () => {
		expect(problemOf(commentData, { localDateHours: 1.5 })).toMatch(/localDateHours: .*whole number/);
		expect(problemOf({ type: 'integer' }, 2.25)).toMatch(/whole number/);
	});

	it('refuses a float beyond single precision and infinite doubles', () => {
		expect(problemOf(commentData, { rating: 1e39 })).toMatch(/rating: .*at most/);
		expect(problemOf(commentData, { rating: 3.4e38 })).toBeUndefined();
		expect(problemOf(commentData, { score: Number.POSITIVE_INFINITY })).toMatch(/score: /);
		expect(problemOf(commentData, { score: 1e300 })).toBeUndefined();
	});

	it('enforces minimum, maximum and both spellings of exclusive bounds', () => {
		expect(problemOf({ type: 'integer', minimum: 1, maximum: 100 }, 0)).toMatch(/at least 1/);
		expect(problemOf({ type: 'integer', minimum: 1, maximum: 100 }, 101)).toMatch(/at most 100/);
		expect(problemOf({ type: 'integer', minimum: 1, maximum: 100 }, 100)).toBeUndefined();
		expect(problemOf({ type: 'number', minimum: 0, exclusiveMinimum: true }, 0)).toMatch(/more than 0/);
		expect(problemOf({ type: 'number', exclusiveMaximum: 5 }, 5)).toMatch(/less than 5/);
		expect(problemOf({ type: 'number', exclusiveMaximum: 5 }, 4.99)).toBeUndefined();
	});
});

describe('ItemParameters: whole numbers stay within what JavaScript holds exactly', () => {
	const paramsOf = (parameters: Record<string, unknown>) => new ItemParameters(fakeContext({ parameters }).ctx, 0);
	const messageOf = (action: () => unknown) => {
		try {
			action();
		} catch (error) {
			expect(error).toBeInstanceOf(NodeOperationError);
			return (error as Error).message;
		}
		return 'no error';
	};

	it('refuses a whole number beyond 2^53-1, naming the field and the range', () => {
		expect(messageOf(() => paramsOf({ limit: 2 ** 60 }).number('limit', 'Limit', { min: 1, integer: true }))).toBe(
			`The field "Limit" must be at most ${Number.MAX_SAFE_INTEGER}, not ${2 ** 60}`,
		);
	});

	it('names a format and refuses past the exclusive bounds', () => {
		expect(messageOf(() => paramsOf({ depth: 2 ** 31 }).number('depth', 'Depth', { min: 0, max: INT32_MAX, integer: true, format: 'int32' }))).toBe(
			`The field "Depth" must be at most ${INT32_MAX} (int32), not ${2 ** 31}`,
		);
		expect(messageOf(() => paramsOf({ ratio: 0 }).number('ratio', 'Ratio', { above: 0 }))).toBe('The field "Ratio" must be more than 0, not 0');
	});
});
