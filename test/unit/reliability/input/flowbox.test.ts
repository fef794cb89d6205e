import type { IDataObject } from 'n8n-workflow';
import type { MixScenario } from '../../../reliability/input/continueOnFail';
import { useFlowboxSubject } from '../../../reliability/input/flowboxSubject';
import { watchFakeContexts } from '../../../reliability/input/observeRun';
import { testEveryParameter, testMixes } from '../../../reliability/input/suites';

watchFakeContexts();
const subject = useFlowboxSubject();

describe('Flowbox: every parameter of every operation, driven through bad values', () => {
	testEveryParameter(subject, 6, ['wrong type', 'empty value', 'invalid JSON', 'out of range', 'invalid date', 'unknown option']);
});

describe('Flowbox: Continue On Fail with bad items among valid ones', () => {
	const reviewCreate: MixScenario = {
		label: 'Review: Create',
		valid: (index, run) => ({ parameters: { ...subject.baseline({ resource: 'review', operation: 'create' }).parameters, productId: `mix-${run}-${index}` } }),
		keyOf: (index, run) => `mix-${run}-${index}`,
		keysIn: (entry) => (entry.method === 'POST' && entry.path.endsWith('/v2/reviews/create') ? [String((entry.body as IDataObject).product_id)] : []),
		path: ['stars'],
	};

	testMixes(subject, [reviewCreate], 10);
});
