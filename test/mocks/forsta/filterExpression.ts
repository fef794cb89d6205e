import type { DataRecord } from './types';

/**
 * The part of Forsta's filter expressions (Studio expressions) the mock understands: comparisons of response-level
 * variables joined by AND / OR, e.g. `response:status = 'complete' AND :responseid > 120`. As in Forsta, a variable
 * needs its level prefix (`response:` or just `:`); `status = 'complete'` is refused.
 */
type Test = (record: DataRecord) => boolean;

export class FilterError extends Error {}

const CONDITION = /^\s*(response)?:([A-Za-z_][\w]*)\s*(>=|<=|<>|!=|=|>|<)\s*('(?:[^']*)'|-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?)\s*$/i;

function compare(left: unknown, op: string, literal: string): boolean {
	const text = literal.startsWith("'") ? literal.slice(1, -1) : literal;
	const numeric = !literal.startsWith("'") && /^-?\d+(\.\d+)?$/.test(literal);
	const a = numeric ? Number(left) : String(left ?? '');
	const b = numeric ? Number(text) : text;
	if (left === undefined || left === null || (numeric && Number.isNaN(a))) return op === '!=' || op === '<>';
	switch (op) {
		case '=':
			return a === b;
		case '!=':
		case '<>':
			return a !== b;
		case '>':
			return a > b;
		case '>=':
			return a >= b;
		case '<':
			return a < b;
		default:
			return a <= b;
	}
}

function condition(text: string): Test {
	const match = CONDITION.exec(text);
	if (!match) throw new FilterError(`cannot read the condition "${text.trim()}" (a variable needs its level, e.g. response:status or :status)`);
	const [, , variable, op, literal] = match;
	return (record) => compare(record[variable], op, literal);
}

/** Compiles an expression to a test; AND binds tighter than OR. An empty expression lets every record through. */
export function compileFilter(expression: string | undefined): Test {
	if (!expression || expression.trim() === '') return () => true;
	const alternatives = expression.split(/\s+OR\s+/i).map((part) => part.split(/\s+AND\s+/i).map(condition));
	return (record) => alternatives.some((all) => all.every((test) => test(record)));
}
