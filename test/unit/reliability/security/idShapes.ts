import type { INodeProperties } from 'n8n-workflow';
import { idShapeOf } from '../../../../nodes/shared/operations/locator';

/** The id shape a field documents (a locator with a "By ID" check, see idLocator); none for free-form ids. */
export function documentedShape(properties: INodeProperties[], name: string): RegExp | undefined {
	const locator = properties.find((property) => property.name === name && property.type === 'resourceLocator');
	const shape = locator ? idShapeOf(locator) : undefined;
	return shape ? new RegExp(shape.pattern) : undefined;
}

/** An id the node must refuse before sending: one that does not have the field's documented shape. */
export function offShape(properties: INodeProperties[], name: string, id: string): boolean {
	return documentedShape(properties, name)?.test(id) === false;
}

/** A marker text that fits the field's shape, so the run reaches the server: "zq0marker", "90817" or "p90817". */
export function shapedMarker(properties: INodeProperties[], name: string, index: number): string {
	const shape = documentedShape(properties, name);
	const candidates = [`zq${index}marker`, `9${index}0817`, `p9${index}0817`];
	return candidates.find((candidate) => !shape || shape.test(candidate)) ?? candidates[0];
}
