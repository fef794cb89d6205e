import { FLOW_KEYS, startFlowboxMock, type FlowboxMock } from '../mocks/flowbox';
import { connectN8n } from './harness/client';

/** The Flowbox Trigger (polling) in a real n8n: each new post once, across deactivation and activation. */
const n8n = connectN8n();
const TRIGGER = 'Flowbox Trigger';

let mock: FlowboxMock;
let workflowId: string;

beforeAll(async () => {
	mock = await startFlowboxMock({ seed: { posts: 40 } });
	const credentialId = await n8n.createCredential('flowboxApi', 'flowbox trigger', {
		apiKey: mock.apiKey,
		environment: 'custom',
		gatewayUrl: mock.gatewayUrl,
		externalApiUrl: mock.externalApiUrl,
	});
	const workflow = await n8n.activateWorkflow({
		nodes: [
			{
				name: TRIGGER,
				type: 'n8n-nodes-service-pack.flowboxTrigger',
				parameters: { pollTimes: { item: [{ mode: 'everyHour' }] }, flowKey: { __rl: true, mode: 'id', value: FLOW_KEYS.static }, options: {} },
				credentials: { flowboxApi: { id: credentialId, name: 'flowbox trigger' } },
			},
		],
	});
	workflowId = workflow.id;
});
afterAll(async () => {
	await n8n.deactivate(workflowId).catch(() => undefined);
	await mock?.close();
});

/** n8n polls once when a workflow is activated, with the static data it stored: a restart in miniature. */
async function restart(): Promise<void> {
	await n8n.deactivate(workflowId);
	const { versionId } = await n8n.rest<{ versionId: string }>('GET', `/workflows/${workflowId}`);
	await n8n.rest('POST', `/workflows/${workflowId}/activate`, { versionId });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
const feedReads = () => mock.log.entries.filter((entry) => entry.path === `/gateway/public/feed/${FLOW_KEYS.static}`).length;

describe('Flowbox Trigger in a real n8n', () => {
	test('activation reads the flow and remembers what is there, starting nothing', async () => {
		await settle();
		expect(feedReads()).toBeGreaterThanOrEqual(1);
		expect(await n8n.listExecutions(workflowId)).toHaveLength(0);
	});

	test('posts published while the workflow was off start one execution after it is back, oldest first', async () => {
		await n8n.deactivate(workflowId);
		const added = mock.addPosts(FLOW_KEYS.static, 2);
		await restart();
		const [execution] = await n8n.waitForExecutions(workflowId, 1);
		const output = (await n8n.getExecution(execution.id)).output(TRIGGER);
		expect(output.map((post) => post.key)).toEqual(added.map((post) => post.key));
	});

	test('another restart emits nothing again; a later post comes out alone', async () => {
		const reads = feedReads();
		await restart();
		await settle();
		expect(feedReads()).toBeGreaterThan(reads);
		expect(await n8n.listExecutions(workflowId)).toHaveLength(1);
		const [later] = mock.addPosts(FLOW_KEYS.static, 1);
		await restart();
		const executions = await n8n.waitForExecutions(workflowId, 2);
		expect((await n8n.getExecution(executions[0].id)).output(TRIGGER).map((post) => post.key)).toEqual([later.key]);
	});
});
