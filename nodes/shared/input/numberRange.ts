/** What a number field accepts; every service's formats and documented ranges end up as one of these. */
export interface NumberBounds {
	/** Inclusive bounds. */
	min?: number;
	max?: number;
	/** Exclusive bounds (OpenAPI's exclusiveMinimum/exclusiveMaximum). */
	above?: number;
	below?: number;
	integer?: boolean;
	/** The format the bounds come from (e.g. "int32"), named in errors. */
	format?: string;
}

const FLOAT_MAX = 3.4028234663852886e38;

/** The bounds an OpenAPI type and format imply. int64 stops at 2^53-1: a larger number cannot be sent exactly. */
export function formatBounds(type: string | undefined, format: string | undefined): NumberBounds {
	switch (format) {
		case 'int32':
			return { min: -(2 ** 31), max: 2 ** 31 - 1, integer: true, format };
		case 'int64':
			return { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, integer: true, format };
		case 'float':
			return { min: -FLOAT_MAX, max: FLOAT_MAX, integer: type === 'integer', format };
		default:
			return { integer: type === 'integer' };
	}
}

const tighter = (pick: (a: number, b: number) => number, a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : pick(a, b));

/** Both bounds at once: the larger minimum, the smaller maximum. */
export function bothBounds(first: NumberBounds, second: NumberBounds): NumberBounds {
	return {
		min: tighter(Math.max, first.min, second.min),
		max: tighter(Math.min, first.max, second.max),
		above: tighter(Math.max, first.above, second.above),
		below: tighter(Math.min, first.below, second.below),
		integer: Boolean(first.integer || second.integer) || undefined,
		format: first.format ?? second.format,
	};
}

/** A whole number beyond 2^53-1 is already rounded: it would be sent as another number. */
function withSafeIntegers(bounds: NumberBounds): NumberBounds {
	return bounds.integer ? bothBounds(bounds, { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }) : bounds;
}

/** What is wrong with a number, as "must be …, not …", or undefined when the bounds allow it. */
export function numberProblem(value: number, bounds: NumberBounds): string | undefined {
	const { min, max, above, below, integer, format } = withSafeIntegers(bounds);
	const named = (rule: string) => `must be ${rule}${format ? ` (${format})` : ''}, not ${value}`;
	if (!Number.isFinite(value)) return 'must be a number';
	if (integer && !Number.isInteger(value)) return named('a whole number');
	if (min !== undefined && value < min) return named(`at least ${min}`);
	if (max !== undefined && value > max) return named(`at most ${max}`);
	if (above !== undefined && value <= above) return named(`more than ${above}`);
	if (below !== undefined && value >= below) return named(`less than ${below}`);
	return undefined;
}

/** The same bounds for n8n's editor, so it shows the range the run enforces. */
export function editorRange(bounds: NumberBounds): { minValue?: number; maxValue?: number; numberPrecision?: number } {
	const range: { minValue?: number; maxValue?: number; numberPrecision?: number } = {};
	if (bounds.min !== undefined) range.minValue = bounds.min;
	if (bounds.max !== undefined) range.maxValue = bounds.max;
	if (bounds.integer) range.numberPrecision = 0;
	return range;
}

/** Counts, page sizes and ids that start at 1 (Limit, Page Size, Company ID…). */
export const POSITIVE_WHOLE: NumberBounds = { min: 1, integer: true };
/** Page numbers and offsets that may start at 0. */
export const NON_NEGATIVE_WHOLE: NumberBounds = { min: 0, integer: true };
