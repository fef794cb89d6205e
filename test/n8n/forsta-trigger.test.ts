import type { IDataObject } from 'n8n-workflow';
import { httpRequest } from '../mocks/shared';
import { waitFor } from './harness/wait';
import { completeNode } from './harness/workflowBuilder';
import { byId, FORSTA_TRIGGER, forstaWorld, type ForstaWorld } from '../mocks/forsta/n8nWorld';

/** The Forsta Surveys Trigger (polling) in a real n8n: each new response once, across restarts. */
const TRIGGER = 'Forsta Surveys Trigger';
let world: ForstaWorld;
let workflowId: string;

beforeAll(async () => {
	world = await forstaWorld();
	const workflow = await world.n8n.activateWorkflow({
		nodes: [
			{
				name: TRIGGER,
				type: FORSTA_TRIGGER,
				parameters: { pollTimes: { item: [{ mode: 'everyHour' }] }, survey: byId('p1000001'), variables: 'status' },
				credentials: { forstaApi: world.credential },
			},
		],
	});
	workflowId = workflow.id;
});
afterAll(async () => {
	await world.n8n.deactivate(workflowId).catch(() => undefined);
	await world.mock.close();
});

/** n8n polls once when a workflow is activated, with the static data it stored: a restart in miniature. */
async function restart(): Promise<void> {
	await world.n8n.deactivate(workflowId);
	const { versionId } = await world.n8n.rest<{ versionId: string }>('GET', `/workflows/${workflowId}`);
	await world.n8n.publish(workflowId, versionId);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
const addResponses = async (count: number) =>
	await httpRequest(`${world.mock.url}/__mock/forsta/surveys/p1000001/responses`, { method: 'POST', body: { count } });
const staticData = async () => (await world.n8n.rest<{ staticData?: { node?: Record<string, unknown> } }>('GET', `/workflows/${workflowId}`)).staticData;

describe('Forsta Surveys Trigger in a real n8n', () => {
	test('activation notes the newest response and starts nothing', async () => {
		await settle();
		expect(await world.n8n.listExecutions(workflowId)).toHaveLength(0);
		expect(JSON.stringify(await staticData())).toContain('"lastResponseId":250');
	});

	test('new responses start one execution with each response once, oldest first', async () => {
		await addResponses(3);
		await restart();
		const [run] = await world.n8n.waitForExecutions(workflowId, 1);
		const items = (await world.n8n.getExecution(run.id)).output(TRIGGER);
		expect(items.map((item) => item.responseid)).toEqual([251, 252, 253]);
		expect(Object.keys(items[0])).toEqual(['responseid', 'status']);
		expect(JSON.stringify(await staticData())).toContain('"lastResponseId":253');
	});

	test('nothing new: a restart starts nothing; responses that arrive while it is off come at the next start', async () => {
		await restart();
		await settle();
		expect(await world.n8n.listExecutions(workflowId)).toHaveLength(1);
		await world.n8n.deactivate(workflowId);
		await addResponses(4);
		await restart();
		await world.n8n.waitForExecutions(workflowId, 2);
		const newest = await world.n8n.waitForExecution(workflowId);
		expect(newest.output(TRIGGER).map((item) => item.responseid)).toEqual([254, 255, 256, 257]);
		const reads = world.mock.log.entries.filter((entry) => entry.path.endsWith('/responses/data'));
		expect(reads.at(-1)?.query.filterExpression).toEqual(['response:responseid > 253']);
	});
});

describe('Forsta Surveys Trigger, run by hand in a real n8n', () => {
	test('"Fetch Test Event" (a manual run) returns one sample response and moves no cursor', async () => {
		const node = { ...completeNode({ name: TRIGGER, type: FORSTA_TRIGGER, parameters: { pollTimes: { item: [{ mode: 'everyHour' }] }, survey: byId('p1000001'), variables: '' } }, 0), credentials: { forstaApi: world.credential } };
		const workflow = await world.n8n.rest<IDataObject & { id: string }>('POST', '/workflows', { name: 'Forsta trigger by hand', active: false, nodes: [node], connections: {}, settings: { executionOrder: 'v1' } });
		const started = await world.n8n.rest<{ executionId?: string }>('POST', `/workflows/${workflow.id}/run`, { workflowData: workflow, triggerToStartFrom: { name: TRIGGER } });
		expect(started.executionId).toBeDefined();
		const execution = await waitFor(
			'the manual run to finish',
			async () => {
				const record = await world.n8n.getExecution(String(started.executionId));
				return record.status === 'success' ? record : undefined;
			},
			{ timeoutMs: 15_000 },
		);
		expect(execution.output(TRIGGER)).toEqual([expect.objectContaining({ responseid: 1, status: 'complete' })]);
		const stored = await world.n8n.rest<{ staticData?: unknown }>('GET', `/workflows/${workflow.id}`);
		expect(JSON.stringify(stored.staticData ?? {})).not.toContain('lastResponseId');
	});
});
