import { Flowbox } from '../../../nodes/Flowbox/Flowbox.node';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { FLOWBOX_COMPANY_ID, FLOW_KEYS, startFlowboxMock, type FlowboxMock } from '../../mocks/flowbox';
import { flowboxContext, flowRef } from '../../unit/flowbox/flowboxContext';
import { baselineOf } from './baseline';
import type { Values } from './displayOptions';
import type { InputSubject, RunOptions } from './inputSubject';
import { observeRun } from './observeRun';

const properties = new Flowbox().description.properties;

/** Values Flowbox's operations need beyond their defaults; the filters of every flow type are filled at once. */
const filledIn: Values = {
	flowKey: flowRef(FLOW_KEYS.static),
	productIds: '712400',
	tags: 'hiking',
	postKey: 'post-1',
	message: 'Reported by the input suite',
	email: 'reporter@example.com',
	productKeys: '2553_712400_key',
	companyId: FLOWBOX_COMPANY_ID,
	productId: '712400',
	title: 'Warm and light',
	description: 'Kept me warm on the trail',
	displayName: 'Ann',
	locale: 'en-GB',
	path: '/v2/company',
};

export async function runFlowboxNode(mock: FlowboxMock, parameters: Values | ((itemIndex: number) => Values), options: RunOptions = {}) {
	resetThrottles();
	return await observeRun(mock.log, async () => {
		const { ctx } = flowboxContext(mock, { parameters, items: options.items, continueOnFail: options.continueOnFail });
		const [output] = await new Flowbox().execute.call(ctx);
		return output;
	});
}

/** The Flowbox node against the Flowbox mock (gateway and External API), for one test file. */
export function useFlowboxSubject(): InputSubject & { mock(): FlowboxMock } {
	let mock: FlowboxMock;
	beforeAll(async () => {
		mock = await startFlowboxMock();
	});
	afterAll(async () => await mock.close());
	return {
		service: 'Flowbox',
		properties,
		hints: { integers: ['limit', 'postsPerPage', 'stars', 'sequenceId'] },
		mock: () => mock,
		log: () => mock.log,
		baseline: (ref) => baselineOf(properties, ref, filledIn),
		run: (parameters, options) => runFlowboxNode(mock, parameters, options),
		secrets: () => [mock.apiKey],
	};
}
