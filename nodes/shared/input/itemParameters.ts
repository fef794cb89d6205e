import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import type { z } from 'zod';
import { idShapeOf } from '../operations/locator';
import { parseJsonText, schemaProblem } from './jsonField';
import { numberProblem, type NumberBounds } from './numberRange';

export type { NumberBounds } from './numberRange';

/** Reads one item's parameters; every problem becomes an error that names the field, before anything is sent. */
export class ItemParameters {
	constructor(
		private readonly ctx: IExecuteFunctions,
		readonly itemIndex: number,
	) {}

	fail(label: string, problem: string, description?: string): NodeOperationError {
		return new NodeOperationError(this.ctx.getNode(), `The field "${label}" ${problem}`, {
			itemIndex: this.itemIndex,
			description,
		});
	}

	raw(name: string, fallback?: unknown): unknown {
		return this.ctx.getNodeParameter(name, this.itemIndex, fallback);
	}

	string(name: string, label: string, fallback = ''): string {
		return this.textOf(label, this.raw(name, fallback));
	}

	/** A text value (e.g. a collection option), trimmed; absent is empty, an object or a list is refused. */
	textOf(label: string, value: unknown): string {
		if (value === undefined || value === null) return '';
		if (typeof value === 'object') throw this.fail(label, 'must be text, not an object or a list');
		return String(value).trim();
	}

	/** Comma-separated text, or a list of values (as an expression may give one), as its non-empty parts. */
	listOf(label: string, value: unknown): string[] {
		const parts: unknown[] = Array.isArray(value) ? value : this.textOf(label, value).split(',');
		if (parts.some((part) => part !== null && typeof part === 'object')) throw this.fail(label, 'must be text separated by commas or a list of values, not objects');
		return parts.map((part) => String(part ?? '').trim()).filter(Boolean);
	}

	/** One of a dropdown's values: an expression can give anything, and a typo must not change what is sent. */
	choice(name: string, label: string, allowed: readonly string[], fallback?: string): string {
		return this.oneOf(label, this.raw(name, fallback), allowed);
	}

	oneOf(label: string, value: unknown, allowed: readonly string[]): string {
		const text = this.textOf(label, value);
		if (!allowed.includes(text)) throw this.fail(label, `must be one of ${allowed.map((entry) => `"${entry}"`).join(', ')}, not "${text}"`);
		return text;
	}

	/** A non-empty id; also reads resource-locator values. */
	id(name: string, label: string): string {
		const value = this.ctx.getNodeParameter(name, this.itemIndex, undefined, { extractValue: true });
		if (value !== null && typeof value === 'object') throw this.fail(label, 'must be an id, not an object or a list');
		const text = value === undefined || value === null ? '' : String(value).trim();
		if (text === '') throw this.fail(label, 'is empty; an id is required');
		return text;
	}

	/**
	 * The id of a locator field (see idLocator), refused before sending when it does not have the service's documented
	 * shape: "ten" for a numeric Hive id would otherwise become GET /orders/ten. A number (as a model may send it) is
	 * read as its decimal text and checked the same way.
	 */
	locatorId(locator: INodeProperties): string {
		const label = locator.displayName;
		const id = this.id(locator.name, label);
		const shape = idShapeOf(locator);
		if (shape && !new RegExp(shape.pattern).test(id)) throw this.fail(label, `must be ${shape.words}, not ${JSON.stringify(id)}`, locator.description);
		return id;
	}

	optionalString(name: string, label: string): string | undefined {
		const text = this.string(name, label);
		return text === '' ? undefined : text;
	}

	number(name: string, label: string, bounds: NumberBounds = {}): number {
		return this.numberOf(label, this.raw(name), bounds);
	}

	/** A number value (e.g. a collection option) within bounds. */
	numberOf(label: string, raw: unknown, bounds: NumberBounds = {}): number {
		// Number() would turn true into 1, [5] into 5 and '' into 0: only numbers and numeric text count.
		const value = typeof raw === 'number' || (typeof raw === 'string' && raw.trim() !== '') ? Number(raw) : Number.NaN;
		const problem = numberProblem(value, bounds);
		if (problem) throw this.fail(label, problem);
		return value;
	}

	/** A switch: true or false (also as the text "true" or "false", as expressions often give it); anything else is refused. */
	boolean(name: string, fallback = false, label = name): boolean {
		return this.flagOf(label, this.raw(name, fallback), fallback);
	}

	flagOf(label: string, value: unknown, fallback = false): boolean {
		if (value === undefined || value === null) return fallback;
		if (typeof value === 'boolean') return value;
		const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
		if (text === 'true' || text === 'false') return text === 'true';
		throw this.fail(label, `must be true or false, not ${typeof value === 'object' ? 'an object or a list' : JSON.stringify(value)}`);
	}

	collection(name: string): IDataObject {
		const value = this.raw(name, {});
		return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
	}

	/** A JSON field (text or already an object), parsed and checked against a schema. */
	json<S extends z.ZodTypeAny>(name: string, label: string, schema: S): z.infer<S> {
		return this.checked(label, this.parsedJson(name, label), schema);
	}

	parsedJson(name: string, label: string): unknown {
		const value = this.raw(name);
		if (typeof value !== 'string') return value;
		const parsed = parseJsonText(value);
		if (!parsed.ok) throw this.fail(label, `is not valid JSON: ${parsed.error}`);
		return parsed.value;
	}

	checked<S extends z.ZodTypeAny>(label: string, value: unknown, schema: S): z.infer<S> {
		const result = schema.safeParse(value);
		if (!result.success) throw this.fail(label, schemaProblem(result.error));
		return result.data;
	}
}
