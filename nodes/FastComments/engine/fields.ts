import { bothBounds, type NumberBounds } from '../../shared/input/numberRange';
import type { ApiField, FieldKind, Picker } from './types';

type Extra = Partial<Omit<ApiField, 'name' | 'displayName' | 'kind'>>;

function field(kind: FieldKind) {
	return (name: string, displayName: string, description?: string, extra: Extra = {}): ApiField => ({ name, displayName, kind, description, ...extra });
}

export const text = field('string');
export const integer = field('integer');
export const decimal = field('number');
export const flag = field('boolean');
export const list = field('list');
export const epochMs = field('epochMs');
export const isoDate = field('isoDate');

export function choice(name: string, displayName: string, options: ApiField['options'], description?: string, extra: Extra = {}): ApiField {
	return { name, displayName, kind: 'options', options, description, default: options?.[0]?.value, ...extra };
}

export function required(apiField: ApiField): ApiField {
	return { ...apiField, required: true };
}

/** A required id, picked from a searchable list or typed in. */
export function picked(name: string, displayName: string, picker: Picker, description?: string): ApiField {
	return { name, displayName, kind: 'string', required: true, picker, description };
}

/** A required id typed in. */
export function id(name: string, displayName: string, description?: string): ApiField {
	return required(text(name, displayName, description));
}

/** What a number field accepts: its own bounds and whole-number kind, within what the spec's format allows. */
export function fieldBounds(apiField: ApiField): NumberBounds {
	return bothBounds({ min: apiField.min, max: apiField.max, integer: apiField.kind === 'integer' }, apiField.specBounds ?? {});
}
