import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import type { z } from 'zod';
import { parseJsonText, schemaProblem } from './jsonField';

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
		const value = this.raw(name, fallback);
		if (value === undefined || value === null) return '';
		if (typeof value === 'object') throw this.fail(label, 'must be text, not an object or a list');
		return String(value).trim();
	}

	/** A non-empty id; also reads resource-locator values. */
	id(name: string, label: string): string {
		const value = this.ctx.getNodeParameter(name, this.itemIndex, undefined, { extractValue: true });
		const text = value === undefined || value === null ? '' : String(value).trim();
		if (text === '') throw this.fail(label, 'is empty; an id is required');
		return text;
	}

	optionalString(name: string, label: string): string | undefined {
		const text = this.string(name, label);
		return text === '' ? undefined : text;
	}

	number(name: string, label: string, bounds: { min?: number; max?: number; integer?: boolean } = {}): number {
		const value = Number(this.raw(name));
		if (!Number.isFinite(value)) throw this.fail(label, 'must be a number');
		if (bounds.integer && !Number.isInteger(value)) throw this.fail(label, `must be a whole number, not ${value}`);
		if (bounds.min !== undefined && value < bounds.min) throw this.fail(label, `must be at least ${bounds.min}, not ${value}`);
		if (bounds.max !== undefined && value > bounds.max) throw this.fail(label, `must be at most ${bounds.max}, not ${value}`);
		return value;
	}

	boolean(name: string, fallback = false): boolean {
		return this.raw(name, fallback) === true;
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
