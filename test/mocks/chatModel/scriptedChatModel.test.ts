import { httpRequest } from '../shared/httpClient';
import { ANSWER_PREFIX, startScriptedChatModel, TOOL_CALL_ID, type ScriptedChatModel } from './scriptedChatModel';

let model: ScriptedChatModel;
beforeEach(async () => {
	model = await startScriptedChatModel();
	model.callToolWith({ orderId: '42' });
});
afterEach(async () => await model.close());

const tools = [{ type: 'function', function: { name: 'Hive_Order', description: 'Get an order', parameters: { type: 'object' } } }];
const firstTurn = { model: 'm', messages: [{ role: 'user', content: 'Show me order 42' }], tools };
const secondTurn = { ...firstTurn, messages: [...firstTurn.messages, { role: 'tool', tool_call_id: TOOL_CALL_ID, content: '[{"id":42}]' }] };

const post = async (body: unknown) => await httpRequest(`${model.baseUrl}/chat/completions`, { method: 'POST', body });

/** The `data:` payloads of a server-sent-events body, [DONE] included. */
const events = (raw: string) => raw.split('\n\n').filter(Boolean).map((event) => event.replace(/^data: /, ''));

describe('scripted chat model', () => {
	it('first calls the offered tool with the set arguments, then quotes the tool result, recording each request', async () => {
		const call = (await post(firstTurn)).body as { choices: Array<{ message: { tool_calls: unknown[] }; finish_reason: string }> };
		expect(call.choices[0]).toMatchObject({
			finish_reason: 'tool_calls',
			message: { tool_calls: [{ id: TOOL_CALL_ID, type: 'function', function: { name: 'Hive_Order', arguments: '{"orderId":"42"}' } }] },
		});
		const answer = (await post(secondTurn)).body as { choices: Array<{ message: { content: string } }> };
		expect(answer.choices[0].message.content).toBe(`${ANSWER_PREFIX}[{"id":42}]`);
		expect(model.requests).toEqual([firstTurn, secondTurn]);
	});

	it('answers a streaming request with the same turn as server-sent events ending in [DONE]', async () => {
		const response = await post({ ...firstTurn, stream: true });
		expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
		const payloads = events(response.rawBody);
		expect(payloads.pop()).toBe('[DONE]');
		const [delta, finish] = payloads.map((payload) => JSON.parse(payload) as { choices: Array<{ delta: unknown; finish_reason: string | null }> });
		expect(delta.choices[0].delta).toMatchObject({ tool_calls: [{ index: 0, id: TOOL_CALL_ID, function: { name: 'Hive_Order', arguments: '{"orderId":"42"}' } }] });
		expect(finish.choices[0].finish_reason).toBe('tool_calls');
	});
});
