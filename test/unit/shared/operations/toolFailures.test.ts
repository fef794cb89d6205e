import { NodeApiError, type INode } from 'n8n-workflow';
import { runOperations } from '../../../../nodes/shared/operations/router';
import { runsAsAiTool } from '../../../../nodes/shared/operations/toolFailures';
import type { Operation, Resource } from '../../../../nodes/shared/operations/types';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import { fakeContext } from '../../../helpers/fakeContext';
import { TEST_API_KEY, testCredentials, testProfile } from '../../../helpers/testProfile';

afterEach(() => resetThrottles());

const failing: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get',
	description: 'Get',
	run: async ({ ctx, itemIndex }) => {
		throw new NodeApiError(ctx.getNode(), { message: 'x' }, {
			message: `Hive (HTTP 404): Couldn't find Order with 'id'=999999 (key ${TEST_API_KEY})`,
			description: 'Check the id. Request: GET /orders/999999.',
			httpCode: '404',
			itemIndex,
		});
	},
};
const resources: Resource[] = [{ value: 'order', name: 'Order', operations: [failing] }];

/** A context for the failing operation, its node changed by `node` (type, onError…). */
function contextWith(node: Partial<INode>) {
	const fake = fakeContext({ credentials: testCredentials('http://127.0.0.1:9'), items: [{}], parameters: { resource: 'order', operation: 'get' } });
	Object.assign(fake.node, node);
	return fake.ctx;
}

describe('a failure while the node runs as an AI tool', () => {
	it('becomes the tool result: the message, hint and status, the secret masked, paired with the call', async () => {
		const [output] = await runOperations(contextWith({ type: 'n8n-nodes-service-pack.hiveTool' }), resources, testProfile());
		expect(output).toEqual([
			{
				json: {
					error: "Hive (HTTP 404): Couldn't find Order with 'id'=999999 (key [redacted])",
					description: 'Check the id. Request: GET /orders/999999.',
					httpCode: '404',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('is recognised by the engine mark too, whatever the type name', async () => {
		const [output] = await runOperations(contextWith({ rewireOutputLogTo: 'ai_tool' }), resources, testProfile());
		expect(output[0].json.httpCode).toBe('404');
	});

	it('still stops the run when On Error is set to "Stop Workflow" explicitly', async () => {
		const ctx = contextWith({ type: 'n8n-nodes-service-pack.hiveTool', onError: 'stopWorkflow' });
		await expect(runOperations(ctx, resources, testProfile())).rejects.toThrow(/HTTP 404/);
	});

	it('stops the run as before when the node is an ordinary workflow step', async () => {
		await expect(runOperations(contextWith({ type: 'n8n-nodes-service-pack.hive' }), resources, testProfile())).rejects.toThrow(/HTTP 404/);
	});
});

describe('runsAsAiTool', () => {
	it.each([
		['n8n-nodes-service-pack.hiveTool', true],
		['n8n-nodes-service-pack.fastCommentsTool', true],
		['n8n-nodes-service-pack.hive', false],
		['n8n-nodes-service-pack.hiveTrigger', false],
	])('%s → %s', (type, expected) => {
		expect(runsAsAiTool({ type } as INode)).toBe(expected);
	});
});
