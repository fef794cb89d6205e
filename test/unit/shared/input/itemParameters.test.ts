import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';
import { ItemParameters } from '../../../../nodes/shared/input/itemParameters';
import { fakeContext } from '../../../helpers/fakeContext';

function paramsOf(parameters: Record<string, unknown>, itemIndex = 0): ItemParameters {
	return new ItemParameters(fakeContext({ parameters }).ctx, itemIndex);
}

function thrown(action: () => unknown): NodeOperationError {
	try {
		action();
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		return error as NodeOperationError;
	}
	throw new Error('expected an error');
}

const lineSchema = z.array(z.object({ sku: z.string().min(1), quantity: z.number().int().positive() }));

describe('ItemParameters: JSON fields', () => {
	it('parses a JSON text and checks it against the schema', () => {
		const params = paramsOf({ lines: '[{"sku":"MUG-1","quantity":2}]' });
		expect(params.json('lines', 'Order Lines (JSON)', lineSchema)).toEqual([{ sku: 'MUG-1', quantity: 2 }]);
	});

	it('accepts a value that is already an object (an expression result)', () => {
		const params = paramsOf({ lines: [{ sku: 'MUG-1', quantity: 1 }] });
		expect(params.json('lines', 'Order Lines (JSON)', lineSchema)).toEqual([{ sku: 'MUG-1', quantity: 1 }]);
	});

	it('names the field when the JSON is invalid, with the parser’s reason, on the right item', () => {
		const error = thrown(() => paramsOf({ lines: '[{"sku": "MUG-1",}]' }, 2).json('lines', 'Order Lines (JSON)', lineSchema));
		expect(error.message).toMatch(/^The field "Order Lines \(JSON\)" is not valid JSON: /);
		expect(error.context.itemIndex).toBe(2);
	});

	it('names the field when the JSON text is empty', () => {
		expect(thrown(() => paramsOf({ lines: '   ' }).json('lines', 'Order Lines (JSON)', lineSchema)).message).toBe(
			'The field "Order Lines (JSON)" is not valid JSON: it is empty',
		);
	});

	it('names the field and the path inside it when the schema fails', () => {
		const error = thrown(() => paramsOf({ lines: '[{"sku":"A","quantity":1},{"sku":"B"}]' }).json('lines', 'Order Lines (JSON)', lineSchema));
		expect(error.message).toBe('The field "Order Lines (JSON)" is not valid: [1].quantity: Required');
	});

	it('lists at most three schema problems and counts the rest', () => {
		const value = JSON.stringify([{}, {}, {}]);
		const message = thrown(() => paramsOf({ lines: value }).json('lines', 'Order Lines (JSON)', lineSchema)).message;
		expect(message).toContain('[0].sku: Required; [0].quantity: Required; [1].sku: Required');
		expect(message).toContain('(and 3 more)');
	});

	it('names nested object paths with dots', () => {
		const schema = z.object({ address: z.object({ zip: z.string() }) });
		expect(thrown(() => paramsOf({ body: '{"address":{"zip":5}}' }).json('body', 'Body', schema)).message).toBe(
			'The field "Body" is not valid: address.zip: Expected string, received number',
		);
	});
});

describe('ItemParameters: ids, text and numbers', () => {
	it('reads an id from a resource locator, trimmed', () => {
		expect(paramsOf({ skuId: { __rl: true, mode: 'id', value: '  42 ' } }).id('skuId', 'SKU')).toBe('42');
		expect(paramsOf({ skuId: 7 }).id('skuId', 'SKU')).toBe('7');
	});

	it.each([{ __rl: true, mode: 'list', value: '' }, '   ', null])('names the field when the id is empty: %p', (value) => {
		expect(thrown(() => paramsOf({ skuId: value }).id('skuId', 'SKU')).message).toBe('The field "SKU" is empty; an id is required');
	});

	it('trims text, treats a missing value as empty, and refuses an object', () => {
		expect(paramsOf({ name: '  Blue mug ' }).string('name', 'Name')).toBe('Blue mug');
		expect(paramsOf({}).optionalString('note', 'Note')).toBeUndefined();
		expect(thrown(() => paramsOf({ name: { a: 1 } }).string('name', 'Name')).message).toBe('The field "Name" must be text, not an object or a list');
	});

	it('checks number bounds and names the field and the value', () => {
		const bounds = { min: 1, max: 100, integer: true };
		expect(paramsOf({ qty: 5 }).number('qty', 'Quantity', bounds)).toBe(5);
		expect(paramsOf({ qty: '12' }).number('qty', 'Quantity', bounds)).toBe(12);
		expect(thrown(() => paramsOf({ qty: 0 }).number('qty', 'Quantity', bounds)).message).toBe('The field "Quantity" must be at least 1, not 0');
		expect(thrown(() => paramsOf({ qty: 101 }).number('qty', 'Quantity', bounds)).message).toBe('The field "Quantity" must be at most 100, not 101');
		expect(thrown(() => paramsOf({ qty: 2.5 }).number('qty', 'Quantity', bounds)).message).toBe('The field "Quantity" must be a whole number, not 2.5');
		expect(thrown(() => paramsOf({ qty: 'many' }).number('qty', 'Quantity', bounds)).message).toBe('The field "Quantity" must be a number');
	});

	it('reads booleans strictly and collections as objects', () => {
		expect(paramsOf({ flag: true }).boolean('flag')).toBe(true);
		expect(paramsOf({ flag: ' False ' }).boolean('flag')).toBe(false);
		expect(thrown(() => paramsOf({ flag: 'yes' }).boolean('flag', false, 'Flag')).message).toBe('The field "Flag" must be true or false, not "yes"');
		expect(paramsOf({}).boolean('flag', true)).toBe(true);
		expect(paramsOf({ extra: { a: 1 } }).collection('extra')).toEqual({ a: 1 });
		expect(paramsOf({ extra: [1] }).collection('extra')).toEqual({});
	});

	it('reads the parameters of the item it was made for', () => {
		const { ctx } = fakeContext({ parameters: (itemIndex) => ({ name: `item ${itemIndex}` }) });
		expect(new ItemParameters(ctx, 3).string('name', 'Name')).toBe('item 3');
	});
});
