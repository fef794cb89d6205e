import { NodeApiError, NodeOperationError, type IDataObject } from 'n8n-workflow';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import { runOperations } from '../../../../nodes/shared/operations/router';
import type { Operation, Resource } from '../../../../nodes/shared/operations/types';
import { fakeContext, type FakeContextOptions } from '../../../helpers/fakeContext';
import { TEST_API_KEY, testCredentials, testProfile } from '../../../helpers/testProfile';

afterEach(() => resetThrottles());

const credentials = testCredentials('http://127.0.0.1:9');

function node(operation: Operation): Resource[] {
	return [{ value: 'sku', name: 'SKU', operations: [operation] }];
}

function contextFor(items: IDataObject[], options: FakeContextOptions = {}) {
	return fakeContext({ credentials, items, ...options, parameters: (i) => ({ resource: 'sku', operation: 'echo', n: i, ...(typeof options.parameters === 'function' ? options.parameters(i) : options.parameters) }) }).ctx;
}

const echo = (run: Operation['run']): Operation => ({ value: 'echo', name: 'Echo', action: 'Echo', description: 'Echo', run });

describe('runOperations', () => {
	it('pairs every output row with the input item it came from', async () => {
		const operation = echo(async ({ itemIndex }) => {
			if (itemIndex === 0) return [{ row: 'a' }, { row: 'b' }];
			if (itemIndex === 1) return { row: 'c' };
			return [];
		});
		const [output] = await runOperations(contextFor([{}, {}, {}, {}]), node(operation), testProfile());
		expect(output).toEqual([
			{ json: { row: 'a' }, pairedItem: { item: 0 } },
			{ json: { row: 'b' }, pairedItem: { item: 0 } },
			{ json: { row: 'c' }, pairedItem: { item: 1 } },
		]);
	});

	it('gives each item its own parameters', async () => {
		const operation = echo(async ({ params }) => ({ n: params.number('n', 'N') }));
		const [output] = await runOperations(contextFor([{}, {}]), node(operation), testProfile());
		expect(output.map((row) => row.json.n)).toEqual([0, 1]);
	});

	it('with Continue On Fail, emits an error item paired with the failing item and keeps going', async () => {
		const operation = echo(async ({ params, itemIndex }) => {
			if (itemIndex === 1) throw params.fail('Quantity', 'must be at least 1, not 0', 'Use a positive number.');
			return { ok: itemIndex };
		});
		const [output] = await runOperations(contextFor([{}, {}, {}], { continueOnFail: true }), node(operation), testProfile());
		expect(output).toEqual([
			{ json: { ok: 0 }, pairedItem: { item: 0 } },
			{ json: { error: 'The field "Quantity" must be at least 1, not 0', description: 'Use a positive number.' }, pairedItem: { item: 1 } },
			{ json: { ok: 2 }, pairedItem: { item: 2 } },
		]);
	});

	it('masks the credential in an error item', async () => {
		const operation = echo(async () => {
			throw new Error(`the key ${TEST_API_KEY} was refused`);
		});
		const [output] = await runOperations(contextFor([{}], { continueOnFail: true }), node(operation), testProfile());
		expect(output[0].json.error).toBe('the key [redacted] was refused');
	});

	it('without Continue On Fail, throws the error of the failing item and stops', async () => {
		const ran: number[] = [];
		const operation = echo(async ({ params, itemIndex }) => {
			ran.push(itemIndex);
			if (itemIndex === 1) throw params.fail('SKU', 'is empty; an id is required');
			return {};
		});
		const error = await runOperations(contextFor([{}, {}, {}]), node(operation), testProfile()).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as NodeOperationError).message).toBe('The field "SKU" is empty; an id is required');
		expect((error as NodeOperationError).context.itemIndex).toBe(1);
		expect(ran).toEqual([0, 1]);
	});

	it('passes an n8n error through as it is, and wraps any other error with the item index', async () => {
		const apiFailure = new NodeApiError(fakeContext().node, { message: 'x' }, { message: 'Hive (HTTP 404): Not found' });
		const passes = echo(async () => {
			throw apiFailure;
		});
		await expect(runOperations(contextFor([{}]), node(passes), testProfile())).rejects.toBe(apiFailure);
		const plain = echo(async ({ itemIndex }) => {
			if (itemIndex === 1) throw new TypeError('boom');
			return {};
		});
		const error = (await runOperations(contextFor([{}, {}]), node(plain), testProfile()).catch((caught: unknown) => caught)) as NodeOperationError;
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('boom');
		expect(error.context.itemIndex).toBe(1);
	});

	it('runs reads marked concurrentItems several at once, still emitting in item order and pairing right', async () => {
		let inFlight = 0;
		let most = 0;
		const operation: Operation = {
			...echo(async ({ itemIndex }) => {
				most = Math.max(most, ++inFlight);
				await new Promise((resolve) => setTimeout(resolve, (6 - itemIndex) * 5));
				inFlight -= 1;
				if (itemIndex === 2) throw new Error('item 2 refused');
				return { row: itemIndex };
			}),
			concurrentItems: true,
		};
		const [output] = await runOperations(contextFor([{}, {}, {}, {}, {}, {}], { continueOnFail: true }), node(operation), testProfile());
		expect(most).toBeGreaterThan(1);
		expect(output.map((row) => [row.json.row ?? row.json.error, row.pairedItem])).toEqual([
			[0, { item: 0 }],
			[1, { item: 1 }],
			['item 2 refused', { item: 2 }],
			[3, { item: 3 }],
			[4, { item: 4 }],
			[5, { item: 5 }],
		]);
		const error = (await runOperations(contextFor([{}, {}, {}, {}, {}, {}]), node(operation), testProfile()).catch((caught: unknown) => caught)) as NodeOperationError;
		expect(error.message).toBe('item 2 refused');
		expect(error.context.itemIndex).toBe(2);
	});

	it('runs a bulk operation once for all items', async () => {
		const calls: number[] = [];
		const operation: Operation = {
			value: 'echo',
			name: 'Bulk',
			action: 'Bulk',
			description: 'Bulk',
			runAll: async ({ items }) => {
				calls.push(items.length);
				return items.map((_item, i) => ({ json: { done: i }, pairedItem: { item: i } }));
			},
		};
		const [output] = await runOperations(contextFor([{}, {}, {}]), node(operation), testProfile());
		expect(calls).toEqual([3]);
		expect(output).toHaveLength(3);
	});

	it('refuses an operation the node does not have', async () => {
		const ctx = fakeContext({ credentials, parameters: { resource: 'sku', operation: 'delete' } }).ctx;
		await expect(runOperations(ctx, node(echo(async () => ({}))), testProfile())).rejects.toThrow('The operation "delete" of "sku" is not supported');
	});
});
