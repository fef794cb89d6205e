import type { IDataObject } from 'n8n-workflow';
import type { MixScenario } from '../../../reliability/input/continueOnFail';
import { useFastCommentsSubject } from '../../../reliability/input/fastCommentsSubject';
import { watchFakeContexts } from '../../../reliability/input/observeRun';
import { testEveryParameter, testMixes } from '../../../reliability/input/suites';

watchFakeContexts();
const subject = useFastCommentsSubject();

describe('FastComments: every parameter of all 114 operations, driven through bad values', () => {
	// 114 operations: fewer runs per parameter keep the file quick; every run draws fresh values.
	testEveryParameter(subject, 3, ['wrong type', 'empty value', 'invalid JSON', 'out of range', 'invalid date', 'unknown option']);
});

describe('FastComments: Continue On Fail with bad items among valid ones', () => {
	const withText = (text: string) => {
		const parameters = subject.baseline({ resource: 'comment', operation: 'create' }).parameters;
		return { ...parameters, body: JSON.stringify({ ...JSON.parse(String(parameters.body)), comment: text }) };
	};
	const commentCreate: MixScenario = {
		label: 'Comment: Create',
		valid: (index, run) => ({ parameters: withText(`mix ${run}-${index}`) }),
		keyOf: (index, run) => `mix ${run}-${index}`,
		keysIn: (entry) => (entry.method === 'POST' && entry.path === '/api/v1/comments' ? [String((entry.body as IDataObject).comment)] : []),
		path: ['body'],
	};

	testMixes(subject, [commentCreate], 10);
});
