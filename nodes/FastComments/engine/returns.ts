import responseFields from '../spec/responseFields.json';
import type { OperationSpec } from './types';

/** Per operationId, the fields of its answer in FastComments' spec (generated: test/mocks/fastcomments/writeResponseFields.ts). */
const ANSWER_FIELDS: Record<string, string[]> = responseFields;

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

/** What an operation gives back, completing "Returns …" for an AI agent's model, from the fields of its documented answer. */
export function returnsOf(spec: OperationSpec): string {
	const fields = ANSWER_FIELDS[spec.operationId] ?? [];
	if (spec.list) return `the entries of ${quoted(fields.filter((field) => field !== 'status'))} in FastComments' answer, one item per entry`;
	if (fields.length === 0) return "FastComments' list of results, one item per entry sent";
	return `FastComments' answer as one item, with ${quoted(fields)}`;
}
