import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { redactText } from '../errors/redact';

/** The row Continue On Fail emits for a failed item: what went wrong, paired with that item, secrets masked. */
export function errorItem(error: unknown, itemIndex: number, secrets: readonly string[]): INodeExecutionData {
	const record = (error ?? {}) as { message?: unknown; description?: unknown; httpCode?: unknown };
	const json: IDataObject = { error: redactText(String(record.message ?? error), secrets) };
	if (typeof record.description === 'string' && record.description) json.description = redactText(record.description, secrets);
	if (typeof record.httpCode === 'string' && record.httpCode) json.httpCode = record.httpCode;
	return { json, pairedItem: { item: itemIndex } };
}
