import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { withDefaults, type OperationRef, type Values } from './displayOptions';
import type { Baseline } from './inputSubject';

/** Values an operation needs beyond its defaults: ids that exist in the mock, required text. */
export type OperationFill = (ref: OperationRef) => Values;

/** A resource-locator value as n8n passes it for "By ID". */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** Valid parameters of an operation: the description's defaults under the values a node needs filled in. */
export function baselineOf(properties: INodeProperties[], ref: OperationRef, filled: Values, items?: IDataObject[]): Baseline {
	return { parameters: withDefaults(properties, { ...filled, ...ref }), items };
}
