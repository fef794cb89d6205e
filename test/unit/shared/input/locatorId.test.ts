import { NodeOperationError, type INodeProperties } from 'n8n-workflow';
import { ItemParameters } from '../../../../nodes/shared/input/itemParameters';
import { idLocator, idShapeOf, WHOLE_NUMBER_ID } from '../../../../nodes/shared/operations/locator';
import { packNodeDescriptions } from '../../descriptions/packTypes';
import { fakeContext } from '../../../helpers/fakeContext';

const order = idLocator({ name: 'order', displayName: 'Order', searchMethod: 'searchOrders', idShape: WHOLE_NUMBER_ID('42'), description: "Hive's numeric ID of the order" });
const page = idLocator({ name: 'page', displayName: 'Page', searchMethod: 'searchPages' });

function idOf(locator: INodeProperties, value: unknown): string {
	const params = new ItemParameters(fakeContext({ parameters: { [locator.name]: { __rl: true, mode: 'id', value } } }).ctx, 0);
	return params.locatorId(locator);
}

function refusal(locator: INodeProperties, value: unknown): NodeOperationError {
	try {
		idOf(locator, value);
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		return error as NodeOperationError;
	}
	throw new Error(`${JSON.stringify(value)} was accepted`);
}

describe('an id shape is one rule for the editor and the run', () => {
	it('the editor checks the "By ID" mode with the shape, and the run reads the same shape back', () => {
		const byId = order.modes?.find((mode) => mode.name === 'id');
		expect(byId?.validation).toEqual([{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Must be a whole number, e.g. 42' } }]);
		expect(idShapeOf(order)).toEqual({ pattern: '^\\d+$', words: 'a whole number, e.g. 42' });
		expect(idShapeOf(page)).toBeUndefined();
	});

	it('refuses "ten" for a numeric id before anything is sent, naming the field and the shape', () => {
		const error = refusal(order, 'ten');
		expect(error.message).toBe('The field "Order" must be a whole number, e.g. 42, not "ten"');
		expect(error.description).toBe("Hive's numeric ID of the order");
		expect(refusal(order, '4 2').message).toContain('not "4 2"');
		expect(refusal(order, '-1').message).toContain('not "-1"');
	});

	it('accepts a fitting id, trimmed, and a number as its digits', () => {
		expect(idOf(order, ' 5001 ')).toBe('5001');
		expect(idOf(order, 5001)).toBe('5001');
		expect(refusal(order, 5001.5).message).toBe('The field "Order" must be a whole number, e.g. 42, not "5001.5"');
	});

	it('still says first when the id is missing or not text', () => {
		expect(refusal(order, '  ').message).toBe('The field "Order" is empty; an id is required');
		expect(refusal(order, { id: 1 }).message).toBe('The field "Order" must be an id, not an object or a list');
	});

	it('takes any text where the service documents no shape', () => {
		expect(idOf(page, 'article-1?x')).toBe('article-1?x');
	});
});

describe("the services' documented id shapes", () => {
	const locators = packNodeDescriptions().flatMap((node) =>
		node.properties.filter((property) => property.type === 'resourceLocator').map((property) => ({ node: node.name, property })),
	);
	const shapeOf = (node: string, name: string) => idShapeOf(locators.find((entry) => entry.node === node && entry.property.name === name)?.property as INodeProperties);

	it('Hive ids are whole numbers', () => {
		for (const name of ['order', 'shipment', 'returnId', 'restockingShipment', 'sku', 'warehouse']) expect(shapeOf('hive', name)?.pattern).toBe('^\\d+$');
	});

	it('Forsta survey ids are "p" and digits, hub ids whole numbers', () => {
		expect(shapeOf('forsta', 'survey')?.pattern).toBe('^p\\d+$');
		expect(shapeOf('forsta', 'combinedSurvey')?.pattern).toBe('^p\\d+$');
		expect(shapeOf('forsta', 'hub')?.pattern).toBe('^\\d+$');
	});

	it('Flowbox flow keys are letters, digits, "-" and "_"', () => {
		expect(shapeOf('flowbox', 'flowKey')?.pattern).toBe('^[A-Za-z0-9_-]+$');
	});

	it("every shape's own example fits it", () => {
		for (const { node, property } of locators) {
			const shape = idShapeOf(property);
			if (!shape) continue;
			const example = shape.words.split('e.g. ').pop() ?? '';
			expect(`${node}.${property.name}: ${new RegExp(shape.pattern).test(example)}`).toBe(`${node}.${property.name}: true`);
		}
	});
});
