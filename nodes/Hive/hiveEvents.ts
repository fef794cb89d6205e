import type { IDataObject } from 'n8n-workflow';

export const HIVE_EVENTS = [
	{ name: 'Delivery Status Updated', value: 'delivery_status_updated', description: 'The delivery status of a shipment changed' },
	{ name: 'Restocking Shipment Status Updated', value: 'restocking_shipment_status_updated', description: 'The status of a restocking shipment changed' },
	{ name: 'Return Status Updated', value: 'return_status_updated', description: 'The status of a return changed' },
	{ name: 'Shipment Status Updated', value: 'shipment_status_updated', description: 'The status of a shipment changed' },
] as const;

const KNOWN = new Set<string>(HIVE_EVENTS.map((event) => event.value));

/**
 * The event a call reports. Hive's v1 documents the payload as the changed object itself, so the name is looked for
 * in the usual places (`event`, `event_type`, `type`, an `x-hive-event` header); undefined when none names one.
 */
export function hiveEventOf(body: IDataObject, header: string | undefined): string | undefined {
	const candidates = [body.event, body.event_type, body.type, header];
	return candidates.find((value): value is string => typeof value === 'string' && KNOWN.has(value));
}
