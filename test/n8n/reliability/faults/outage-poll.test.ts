import type { IDataObject } from 'n8n-workflow';
import { connectN8n } from '../../../n8n/harness/client';
import { secretsIn, settleFaultCase } from '../../../reliability/faults/faultCase';
import { flowboxFaultWorld, FEED_PATH, STATIC_FLOW, type FlowboxFaultWorld } from '../../../reliability/faults/flowboxFaults';
import { outageOn } from '../../../reliability/faults/outage';
import { tallyRead } from '../../../reliability/tally';

/**
 * The Flowbox Trigger (polling) through an outage in a real n8n. n8n polls once when a workflow is published, with
 * the static data it stored; publishing again is how these tests make it poll now rather than in an hour.
 */
const n8n = connectN8n();
const TRIGGER = 'Flowbox Trigger';
const OUTAGE_MS = 10_000;

let world: FlowboxFaultWorld;
let workflowId: string;

beforeAll(async () => {
	world = await flowboxFaultWorld(n8n);
	const workflow = await n8n.activateWorkflow({
		nodes: [
			{
				name: TRIGGER,
				type: 'n8n-nodes-service-pack.flowboxTrigger',
				parameters: { pollTimes: { item: [{ mode: 'everyHour' }] }, flowKey: { __rl: true, mode: 'id', value: STATIC_FLOW }, options: {} },
				credentials: world.credentials,
			},
		],
	});
	workflowId = workflow.id;
});
afterAll(async () => {
	await n8n.deactivate(workflowId).catch(() => undefined);
	await world?.close();
});

async function pollAgain(): Promise<void> {
	await n8n.deactivate(workflowId);
	const { versionId } = await n8n.rest<{ versionId: string }>('GET', `/workflows/${workflowId}`);
	await n8n.publish(workflowId, versionId);
}

/** The posts every execution of the workflow emitted so far. */
async function emittedPosts(): Promise<IDataObject[]> {
	const executions = await n8n.listExecutions(workflowId);
	const outputs = await Promise.all(executions.map(async (execution) => (await n8n.getExecution(execution.id)).output(TRIGGER)));
	return outputs.flat();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

test('Flowbox Trigger: a poll that meets a 10 s outage waits it out and emits each new post once', async () => {
	// The publication's poll remembered the flow as it was; nothing is new yet.
	await settle();
	expect(await n8n.listExecutions(workflowId)).toHaveLength(0);
	await n8n.deactivate(workflowId);
	const added = world.mock.addPosts(STATIC_FLOW, 2).map((post) => post.key);
	const outage = outageOn(world.mock, OUTAGE_MS, (fault) => world.faults.add({ method: 'GET', path: FEED_PATH, fault }));
	const mark = world.mock.log.lastSeq;
	await pollAgain();
	await n8n.waitForExecutions(workflowId, 1);
	await outage.over();
	const feedReads = world.mock.log.since(mark).filter((entry) => FEED_PATH.test(entry.path)).length;
	// A later poll finds nothing new: the posts are not emitted again.
	await pollAgain();
	await settle();
	const posts = await emittedPosts();
	const emitted = posts.map((post) => post.key);
	const tally = tallyRead(emitted, added);
	expect(outage.startedAt()).toBeGreaterThan(0);
	expect(feedReads).toBeGreaterThan(1);
	expect(await n8n.listExecutions(workflowId)).toHaveLength(1);
	expect(emitted).toEqual(added);
	settleFaultCase(
		{ service: 'Flowbox', subject: 'Trigger: new posts (poll)', trial: 'outage of 10 s as the poll starts', expected: 'wait it out, each new post once', runtime: 'real n8n' },
		{ observed: `${feedReads} feed requests reached the mock; ${emitted.length}/${added.length} new posts in 1 execution`, tried: 1, ...tally, leaked: secretsIn([JSON.stringify(posts)], [world.mock.apiKey]) },
	);
});
