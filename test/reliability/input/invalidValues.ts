import fc from 'fast-check';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The kinds of bad input the suite generates; each is one row of the ledger's input table per node. */
export const INPUT_CLASSES = ['wrong type', 'empty value', 'invalid JSON', 'out of range', 'invalid date', 'unknown option'] as const;
export type InputClass = (typeof INPUT_CLASSES)[number];

export interface InvalidCase {
	inputClass: InputClass;
	values: fc.Arbitrary<unknown>;
}

export interface TypeHints {
	/** Number fields that take whole numbers only, where the description's typeOptions do not say so. */
	integers?: readonly string[];
}

const key = fc.stringMatching(/^[a-z][a-zA-Z]{0,5}$/);
const plainObject = fc.oneof(fc.constant({}), fc.dictionary(key, fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { minKeys: 1, maxKeys: 3, noNullPrototype: true }));
/** Objects, and lists holding one: never text, never a number. */
export const structured = fc.oneof(plainObject, fc.array(plainObject, { minLength: 1, maxLength: 2 }));
const textList = fc.array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 });
/** Empty or only whitespace. */
export const blank = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 4 });
const someText = fc.string({ minLength: 1, maxLength: 10 }).filter((text) => text.trim() !== '');

const parses = (text: string) => {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
};
const brokenJson = fc.oneof(fc.constantFrom('{', '[1,', '{"a":}', "{'a': 1}", '{a: 1}', 'undefined', '[{"sku_id": 1}'), someText.filter((text) => !parses(text)));
/** Valid JSON, but a lone value where every JSON field of these nodes wants an object or a list. */
const scalarJson = fc.oneof(fc.constantFrom('5', 'true', 'null', '"text"'), fc.integer(), fc.boolean());

const notADate = fc.oneof(fc.constantFrom('not a date', '2025-13-45', '31/31/2025', 'tomorrow', '2025-02-10T25:61:00Z'), someText).filter((text) => Number.isNaN(Date.parse(text)));

const allowedValues = (property: INodeProperties) => ((property.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
/** Not one of the options, even ignoring case and surrounding spaces (some nodes forgive those). */
const unknownOption = (allowed: string[]) => someText.filter((text) => !allowed.some((value) => value.toLowerCase() === text.trim().toLowerCase()));
const notBoolean = fc.oneof(someText.filter((text) => !['true', 'false'].includes(text.trim().toLowerCase())), fc.integer(), structured);
const notNumeric = fc.oneof(someText.filter((text) => !Number.isFinite(Number(text))), fc.boolean(), structured);

/** Comma-separated text fields take a list as well (an expression may give one); other text fields do not. */
const takesList = (property: INodeProperties) => /separated by commas|separate several with commas/i.test(property.description ?? '');

function isInteger(property: INodeProperties, hints: TypeHints): boolean {
	return property.typeOptions?.numberPrecision === 0 || (hints.integers ?? []).includes(property.name);
}

/**
 * Numbers just outside what a number field allows, from the bounds its editor shows (a spec's format ends up there
 * too: int32 as -2^31…2^31-1): one past each bound and further out, a fraction for whole numbers, and whole numbers
 * JavaScript cannot hold exactly (past 2^53-1, where any int64 must stop).
 */
export function outOfRange(bounds: { min?: number; max?: number; integer: boolean }): fc.Arbitrary<unknown> {
	const { min, max, integer } = bounds;
	const options: Array<fc.Arbitrary<unknown>> = [fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)];
	if (min !== undefined) {
		options.push(fc.constant(integer ? min - 1 : min - 0.5), fc.double({ min: min - 1_000_000, max: min, maxExcluded: true, noNaN: true }).filter((value) => value < min));
	}
	if (max !== undefined) options.push(fc.constant(integer ? max + 1 : max + 0.5), fc.double({ min: max, minExcluded: true, max: max + 1_000_000, noNaN: true }));
	if (integer) {
		const low = min ?? -1_000;
		options.push(fc.double({ min: low, max: max ?? low + 1_000, noNaN: true }).filter((value) => !Number.isInteger(value)));
		options.push(fc.constantFrom(2 ** 53, 2 ** 63, -(2 ** 53)));
	}
	return fc.oneof(...options);
}

function boundsOf(property: INodeProperties, hints: TypeHints) {
	const { minValue: min, maxValue: max } = (property.typeOptions ?? {}) as { minValue?: number; maxValue?: number };
	return { min, max, integer: isInteger(property, hints) };
}

const locator = (value: fc.Arbitrary<unknown>, modes = ['id', 'list']) => fc.tuple(fc.constantFrom(...modes), value).map(([mode, entry]) => ({ __rl: true, mode, value: entry }));

/**
 * Values this parameter must refuse, by kind, from its description alone: its type, whether it is required, its
 * options and number bounds. An empty list means the parameter has nothing generic to refuse.
 */
export function invalidCasesFor(property: INodeProperties, hints: TypeHints = {}): InvalidCase[] {
	const cases: InvalidCase[] = [];
	const add = (inputClass: InputClass, values: fc.Arbitrary<unknown>) => cases.push({ inputClass, values });
	switch (property.type) {
		case 'string':
			add('wrong type', takesList(property) ? structured : fc.oneof(structured, textList));
			if (property.required) add('empty value', blank);
			break;
		case 'number':
			add('wrong type', notNumeric);
			add('out of range', outOfRange(boundsOf(property, hints)));
			break;
		case 'boolean':
			add('wrong type', notBoolean);
			break;
		case 'options':
			add('unknown option', unknownOption(allowedValues(property)));
			add('wrong type', structured);
			break;
		case 'multiOptions':
			add('unknown option', fc.array(unknownOption(allowedValues(property)), { minLength: 1, maxLength: 2 }));
			add('wrong type', plainObject);
			break;
		case 'json':
			add('invalid JSON', property.required ? fc.oneof(brokenJson, blank) : brokenJson);
			add('wrong type', scalarJson);
			break;
		case 'dateTime':
			add('invalid date', notADate);
			add('wrong type', structured);
			break;
		case 'resourceLocator':
			add('empty value', fc.oneof(locator(blank), blank));
			add('wrong type', locator(structured, ['id']));
			break;
		default:
			break;
	}
	return cases;
}
