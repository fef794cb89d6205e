import { FastComments } from '../../../nodes/FastComments/FastComments.node';
import { fastCommentsCatalog } from '../../../nodes/FastComments/actions';
import { startFastCommentsMock, type FastCommentsMock } from '../../mocks/fastcomments';
import { fastCommentsContext } from '../../unit/fastcomments/fastCommentsContext';
import { sampleParameters } from '../../unit/fastcomments/sampleParameters';
import { baselineOf, type OperationFill } from './baseline';
import type { Values } from './displayOptions';
import type { InputSubject, RunOptions } from './inputSubject';
import { observeRun } from './observeRun';

const properties = new FastComments().description.properties;

/** Every field of an operation filled with a value openapi.json accepts (the contract test proves them valid). */
const filledIn: OperationFill = (ref) => {
	const spec = fastCommentsCatalog.find((entry) => entry.value === ref.resource)?.operations.find((operation) => operation.value === ref.operation);
	return spec ? sampleParameters(ref.resource, spec) : { method: 'GET', path: '/api/v1/comments', query: '{}' };
};

export async function runFastComments(mock: FastCommentsMock, parameters: Values | ((itemIndex: number) => Values), options: RunOptions = {}) {
	return await observeRun(mock.server.log, async () => {
		const { ctx } = fastCommentsContext(mock, { parameters, items: options.items, continueOnFail: options.continueOnFail });
		const [output] = await new FastComments().execute.call(ctx);
		return output;
	});
}

/** The FastComments node against the spec-checked FastComments mock, for one test file. */
export function useFastCommentsSubject(): InputSubject & { mock(): FastCommentsMock } {
	let mock: FastCommentsMock;
	beforeAll(async () => {
		mock = await startFastCommentsMock();
	});
	afterAll(async () => await mock.close());
	return {
		service: 'FastComments',
		properties,
		hints: { integers: ['limit'] },
		mock: () => mock,
		log: () => mock.server.log,
		baseline: (ref) => baselineOf(properties, ref, filledIn(ref)),
		run: (parameters, options) => runFastComments(mock, parameters, options),
		secrets: () => [mock.apiKey, mock.apiSecret],
	};
}
