import { createHiveState } from '../hive';
import { httpRequest } from '../shared/httpClient';
import type { ChatMessage, ChatRequest, OfferedTool } from './chatWire';
import { LOW_STOCK_THRESHOLD } from './answers';
import { sandboxAgent } from './sandboxAgent';
import { startSandboxModel, type SandboxModel } from './sandboxModel';

const tool = (name: string, description: string, parameters: unknown = { type: 'object', properties: {} }): OfferedTool => ({
	type: 'function',
	function: { name, description, parameters },
});
const skus = tool('Hive_SKUs', 'Get many SKUs in Hive', { type: 'object', properties: { merchantSkuIds: { type: 'string', description: 'Only these SKU codes' } } });
const order = tool('Hive_Order', 'Get an order in Hive', {
	type: 'object',
	properties: { orderId: { type: 'string', description: "Hive's numeric ID of the order" } },
	required: ['orderId'],
});
const comments = tool('FastComments_Comments', 'Get many comments in FastComments', { type: 'object', properties: { limit: { type: 'number' } } });
const offered = [skus, order, comments];

const asking = (question: string, tools = offered): ChatRequest => ({
	model: 'sandbox-agent',
	messages: [
		{ role: 'system', content: 'You are a helpful assistant' },
		{ role: 'user', content: question },
	],
	tools,
});

/** The conversation after the model called `name` and got `result` back, as n8n's agent sends it. */
function withToolResult(request: ChatRequest, name: string, result: unknown): ChatRequest {
	const call = { id: 'call_1', type: 'function' as const, function: { name, arguments: '{}' } };
	const messages: ChatMessage[] = [...request.messages, { role: 'assistant', content: null, tool_calls: [call] }, { role: 'tool', tool_call_id: 'call_1', content: JSON.stringify(result) }];
	return { ...request, messages };
}

function calledTool(request: ChatRequest): { name: string; args: unknown } {
	const turn = sandboxAgent(request);
	if (!('toolCall' in turn)) throw new Error(`expected a tool call, got the answer "${turn.content}"`);
	return { name: turn.toolCall.function.name, args: JSON.parse(turn.toolCall.function.arguments) };
}

function answer(request: ChatRequest): string {
	const turn = sandboxAgent(request);
	if (!('content' in turn)) throw new Error(`expected an answer, got a call of ${turn.toolCall.function.name}`);
	return turn.content;
}

describe('the sandbox agent picks a tool from the ones it is offered', () => {
	it.each([
		['which SKUs are low on stock?', 'Hive_SKUs', {}],
		['show me order 999999', 'Hive_Order', { orderId: '999999' }],
		['what are the 3 newest comments?', 'FastComments_Comments', { limit: 3 }],
	])('"%s" → %s with %j, whatever the order of the tools', (question, name, args) => {
		expect(calledTool(asking(question))).toEqual({ name, args });
		expect(calledTool(asking(question, [...offered].reverse()))).toEqual({ name, args });
	});

	it('calls only tools it was offered, under the names they were offered with', () => {
		const renamed = tool('Shop_orders', 'Look up one order', { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] });
		expect(calledTool(asking('show me order 5001', [skus, renamed]))).toEqual({ name: 'Shop_orders', args: { id: 5001 } });
	});

	it('gives a required parameter it cannot fill an empty value, so the tool says what is missing', () => {
		expect(calledTool(asking('show me the order', [order]))).toEqual({ name: 'Hive_Order', args: { orderId: '' } });
	});

	it('answers without a call when no offered tool fits, naming the tools it has', () => {
		expect(answer(asking('what is the weather tomorrow?'))).toBe('None of my tools fits that question; I can use: Hive_SKUs, Hive_Order, FastComments_Comments.');
	});
});

describe('the sandbox agent answers from the tool result', () => {
	it('lists the low-stock SKUs of a SKU list, lowest first, and only those', () => {
		const seeded = createHiveState().skus;
		const expected = seeded
			.filter((sku) => sku.inventory.stocked < LOW_STOCK_THRESHOLD)
			.sort((a, b) => a.inventory.stocked - b.inventory.stocked)
			.map((sku) => sku.merchant_sku_id);
		expect(expected.length).toBeGreaterThan(0);
		const reply = answer(withToolResult(asking('which SKUs are low on stock?'), 'Hive_SKUs', seeded));
		expect(reply).toMatch(new RegExp(`^${expected.length} of the ${seeded.length} SKUs Hive_SKUs returned have fewer than 20 units in stock: `));
		expect(reply.match(/HIVE-SKU-\d{4}/g)).toEqual(expected);
	});

	it('says so when no SKU is low, and passes on the note of a cut list', () => {
		const result = [{ merchant_sku_id: 'A-1', name: 'Mug', inventory: { stocked: 80 } }, { note: 'Cut to fit: showing 1 of 60 items.' }];
		expect(answer(withToolResult(asking('which SKUs are low on stock?'), 'Hive_SKUs', result))).toBe(
			'None of the 1 SKUs Hive_SKUs returned has fewer than 20 units in stock. Hive_SKUs noted: Cut to fit: showing 1 of 60 items.',
		);
	});

	it('tells the user that an order the tool got a 404 for does not exist, quoting the tool', () => {
		const error = { error: "Hive (HTTP 404): Couldn't find Order with 'id'=999999", description: 'Request: GET /orders/999999.', httpCode: '404' };
		expect(answer(withToolResult(asking('show me order 999999'), 'Hive_Order', [error]))).toBe(
			"Order 999999 does not exist. Hive_Order answered: Hive (HTTP 404): Couldn't find Order with 'id'=999999",
		);
	});

	it('passes on another failure with its hint', () => {
		const error = { error: 'The field "Order" is empty; an id is required', description: 'Fill in the field.' };
		expect(answer(withToolResult(asking('show me the order'), 'Hive_Order', [error]))).toBe(
			'I could not get that: Hive_Order answered: The field "Order" is empty; an id is required (Fill in the field.)',
		);
	});

	it('sums up any other list by its first items', () => {
		const list = Array.from({ length: 7 }, (_, index) => ({ id: `c${index}`, commenterName: `Reader ${index}`, comment: `Comment ${index}` }));
		expect(answer(withToolResult(asking('what are the newest comments?'), 'FastComments_Comments', list))).toBe(
			'FastComments_Comments returned 7 items: #c0 Reader 0: Comment 0; #c1 Reader 1: Comment 1; #c2 Reader 2: Comment 2; #c3 Reader 3: Comment 3; #c4 Reader 4: Comment 4; and 2 more.',
		);
	});

	it('starts over with a new question: a result for an earlier question is not the answer', () => {
		const earlier = withToolResult(asking('show me order 5001'), 'Hive_Order', [{ id: 5001 }]);
		const next = { ...earlier, messages: [...earlier.messages, { role: 'assistant', content: 'Order 5001' }, { role: 'user', content: 'which SKUs are low on stock?' }] };
		expect(calledTool(next).name).toBe('Hive_SKUs');
	});
});

describe('the sandbox model server', () => {
	let model: SandboxModel;
	beforeAll(async () => (model = await startSandboxModel()));
	afterAll(async () => await model.close());
	const auth = () => ({ authorization: `Bearer ${model.apiKey}` });

	it('lists its model for the credential Test and refuses a wrong API key as OpenAI does', async () => {
		const models = await httpRequest(`${model.baseUrl}/models`, { headers: auth() });
		expect(models.body).toMatchObject({ object: 'list', data: [{ id: model.modelId, object: 'model' }] });
		const refused = await httpRequest(`${model.baseUrl}/models`, { headers: { authorization: 'Bearer sk-wrong' } });
		expect(refused.status).toBe(401);
		expect(refused.body).toMatchObject({ error: { code: 'invalid_api_key' } });
	});

	it('plays the agent over the wire, streamed too', async () => {
		const plain = await httpRequest(`${model.baseUrl}/chat/completions`, { method: 'POST', headers: auth(), body: asking('show me order 999999') });
		expect(plain.body).toMatchObject({ choices: [{ finish_reason: 'tool_calls', message: { tool_calls: [{ function: { name: 'Hive_Order' } }] } }] });
		const stream = await httpRequest(`${model.baseUrl}/chat/completions`, { method: 'POST', headers: auth(), body: { ...asking('what are the newest comments?'), stream: true } });
		expect(stream.rawBody).toContain('"name":"FastComments_Comments"');
		expect(stream.rawBody.trim().endsWith('data: [DONE]')).toBe(true);
		expect(model.requests).toHaveLength(2);
	});
});
