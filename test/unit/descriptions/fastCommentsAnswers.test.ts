import { fastCommentsCatalog } from '../../../nodes/FastComments/actions';
import { returnsOf } from '../../../nodes/FastComments/engine/returns';
import shipped from '../../../nodes/FastComments/spec/responseFields.json';
import { responseFieldsText } from '../../mocks/fastcomments/responseFields';

const specs = fastCommentsCatalog.flatMap((entry) => entry.operations);
const find = (operationId: string) => specs.find((spec) => spec.operationId === operationId)!;

describe('what FastComments operations tell an AI agent they return', () => {
	it('names the answer fields of the pinned openapi.json (regenerate: npx tsx test/mocks/fastcomments/writeResponseFields.ts)', () => {
		expect(`${JSON.stringify(shipped, null, '\t')}\n`).toBe(responseFieldsText());
	});

	it('has the fields of every operation the node offers', () => {
		expect(specs.filter((spec) => !(spec.operationId in shipped)).map((spec) => spec.operationId)).toEqual([]);
	});

	it('a single answer lists its fields, without the error-only ones', () => {
		expect(returnsOf(find('GetComment'))).toBe('FastComments\' answer as one item, with "status", "comment"');
		expect(returnsOf(find('FlagComment'))).toBe('FastComments\' answer as one item, with "status", "wasUnapproved"');
	});

	it('a list names the field whose entries become items', () => {
		expect(returnsOf(find('GetComments'))).toBe('the entries of "comments" in FastComments\' answer, one item per entry');
		expect(returnsOf(find('GetVotes'))).toBe('the entries of "appliedAuthorizedVotes", "appliedAnonymousVotes", "pendingVotes" in FastComments\' answer, one item per entry');
	});

	it('a bulk answer that is itself a list says so', () => {
		expect(returnsOf(find('SaveCommentsBulk'))).toBe("FastComments' list of results, one item per entry sent");
	});
});
