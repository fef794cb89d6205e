import type { Attempt } from '../../../reliability/input/observeRun';
import { useFastCommentsSubject } from '../../../reliability/input/fastCommentsSubject';
import { useFlowboxSubject } from '../../../reliability/input/flowboxSubject';
import { useForstaSubject } from '../../../reliability/input/forstaSubject';
import { useHiveSubject } from '../../../reliability/input/hiveSubject';
import { watchFakeContexts } from '../../../reliability/input/observeRun';
import { createSpecValidator } from '../../../mocks/fastcomments/specValidator';

watchFakeContexts();

/** The message a refused run gives, with nothing sent and nothing received; a run that sent anything fails here. */
function refusal(attempt: Attempt): string {
	expect({ sent: attempt.sent, received: attempt.received }).toEqual({ sent: 0, received: 0 });
	const error = attempt.error as Error | undefined;
	if (!error) throw new Error(`not refused: ${JSON.stringify(attempt.output)?.slice(0, 200)}`);
	return error.message;
}

describe('FastComments: formats of openapi.json', () => {
	const subject = useFastCommentsSubject();
	const list = (options: Record<string, unknown>) => ({ ...subject.baseline({ resource: 'comment', operation: 'getAll' }).parameters, options });
	const createWith = (comment: Record<string, unknown>) => {
		const parameters = subject.baseline({ resource: 'comment', operation: 'create' }).parameters;
		return { ...parameters, body: JSON.stringify({ ...JSON.parse(String(parameters.body)), ...comment }) };
	};

	test('epoch milliseconds in the int32 localDateHours of a comment are refused, naming the field and the range', async () => {
		const message = refusal(await subject.run(createWith({ localDateHours: 1768473000000 })));
		expect(message).toBe('The field "Comment (JSON)" is not valid: localDateHours: must be at most 2147483647 (int32), not 1768473000000');
	});

	test('an int32 query parameter past 2^31-1 is refused (Max Tree Depth)', async () => {
		expect(refusal(await subject.run(list({ maxTreeDepth: 2 ** 31 })))).toBe('The field "Max Tree Depth" must be at most 2147483647 (int32), not 2147483648');
	});

	test('an int64 query parameter takes whole numbers within 2^53-1 only (From Date)', async () => {
		expect(refusal(await subject.run(list({ fromDate: 1.5 })))).toBe('The field "From Date" must be a whole number (int64), not 1.5');
	});

	test('the mock refuses what the spec refuses: an int32 past 2^31-1 in a body', async () => {
		const validator = await createSpecValidator();
		const comment = { commenterName: 'c', comment: 'b', url: 'https://example.com/a', urlId: 'a', locale: 'en_us' };
		const check = (localDateHours: number) =>
			validator.check({ method: 'POST', url: '/api/v1/comments?tenantId=t', headers: { 'content-type': 'application/json' }, body: { ...comment, localDateHours } });
		expect(check(2 ** 31 - 1).errors).toEqual([]);
		expect(check(1768473000000).errors.join(' ')).toMatch(/localDateHours/);
	});

	test('the editor shows the int32 range of Max Tree Depth', () => {
		const filters = subject.properties.filter((property) => property.name === 'options').flatMap((property) => (property.options ?? []) as Array<{ name: string; typeOptions?: unknown }>);
		expect(filters.find((option) => option.name === 'maxTreeDepth')?.typeOptions).toEqual({ minValue: 0, maxValue: 2 ** 31 - 1, numberPrecision: 0 });
	});
});

describe('Limit and page sizes of the other services', () => {
	const hive = useHiveSubject();
	const forsta = useForstaSubject();
	const flowbox = useFlowboxSubject();

	test('Hive: a Limit past 2^53-1 is refused', async () => {
		const parameters = { ...hive.baseline({ resource: 'sku', operation: 'getAll' }).parameters, returnAll: false, limit: 2 ** 60 };
		expect(refusal(await hive.run(parameters))).toBe(`The field "Limit" must be at most ${Number.MAX_SAFE_INTEGER}, not ${2 ** 60}`);
	});

	test('Forsta: Company ID is a whole number (0 for any company), in the editor and in the run', async () => {
		const parameters = { ...forsta.baseline({ resource: 'survey', operation: 'getAll' }).parameters, filters: { companyId: 2.5 } };
		expect(refusal(await forsta.run(parameters))).toBe('The field "Company ID" must be a whole number, not 2.5');
		const filters = forsta.properties.find((property) => property.name === 'filters' && property.type === 'collection');
		expect(((filters?.options ?? []) as Array<{ name: string; typeOptions?: unknown }>).find((option) => option.name === 'companyId')?.typeOptions).toEqual({ minValue: 0, numberPrecision: 0 });
	});

	test('Flowbox: Posts Per Page past 2^53-1 is refused', async () => {
		const parameters = { ...flowbox.baseline({ resource: 'feed', operation: 'getPosts' }).parameters, options: { postsPerPage: 2 ** 53 } };
		expect(refusal(await flowbox.run(parameters))).toBe(`The field "Posts Per Page" must be at most ${Number.MAX_SAFE_INTEGER}, not ${2 ** 53}`);
	});
});
