import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectN8n, WorkflowRunError, type NodeSpec } from './harness/client';
import { REPO_ROOT } from './harness/n8nInstall';

/** Proves the harness itself with n8n's built-in nodes only, so it holds whatever state the pack is in. */
const n8n = connectN8n();

const doubler: NodeSpec = {
	name: 'Double',
	type: 'n8n-nodes-base.set',
	typeVersion: 3.4,
	parameters: {
		mode: 'manual',
		includeOtherFields: true,
		assignments: { assignments: [{ id: 'd', name: 'doubled', value: '={{ $json.a * 2 }}', type: 'number' }] },
		options: {},
	},
};

const failing = (extra: Partial<NodeSpec> = {}): NodeSpec => ({
	name: 'Fail',
	type: 'n8n-nodes-base.stopAndError',
	parameters: { errorType: 'errorMessage', errorMessage: 'harness says no' },
	...extra,
});

describe('n8n harness', () => {
	test('n8n loaded the packed pack from <userFolder>/.n8n/nodes', async () => {
		const { name, n8n: manifest } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
			name: string;
			n8n?: { nodes?: string[] };
		};
		const log = n8n.readLog();
		// A package n8n cannot load (e.g. a listed file missing from dist) shows up as an error while it starts.
		const startup = log.slice(0, log.indexOf('Editor is now accessible'));
		expect(startup.split('\n').filter((line) => line.includes('"level":"error"'))).toEqual([]);
		// LazyPackageDirectoryLoader logs one of these at debug level for every package it picked up.
		expect(log).toMatch(new RegExp(`(Loaded all credentials and nodes from|Lazy-loading nodes and credentials from) ${name}`));
		const packTypes = (await n8n.nodeTypeNames()).filter((type) => type.startsWith(`${name}.`));
		console.log(`[n8n harness] pack node types loaded: ${packTypes.join(', ') || 'none'}`);
		// One node file registers one type name whatever its versions; n8n adds a "<name>Tool" twin for usableAsTool nodes.
		expect(packTypes.filter((type) => !type.endsWith('Tool'))).toHaveLength(manifest?.nodes?.length ?? 0);
		await n8n.expectNodeTypesLoaded(packTypes);
	});

	test('runWorkflow feeds the input items through the nodes and returns the last node output', async () => {
		const result = await n8n.run([doubler], undefined, { input: [{ a: 1 }, { a: 21 }] });
		expect(result.items).toEqual([
			{ a: 1, doubled: 2 },
			{ a: 21, doubled: 42 },
		]);
		const execution = await result.execution();
		expect(execution.status).toBe('success');
		expect(execution.output('Double')).toEqual(result.items);
		expect(execution.nodesRun).toEqual(expect.arrayContaining(['Harness Webhook', 'Harness Input', 'Double']));
	});

	test('chains several nodes and defaults to one empty input item', async () => {
		const code: NodeSpec = {
			name: 'Code',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			parameters: { mode: 'runOnceForAllItems', jsCode: 'return $input.all().map((item) => ({ json: { ...item.json, viaRunner: true } }));' },
		};
		const seed: NodeSpec = { ...doubler, name: 'Seed', parameters: { ...doubler.parameters, assignments: { assignments: [{ id: 's', name: 'a', value: 5, type: 'number' }] } } };
		expect(await n8n.runWorkflow([seed, doubler, code])).toEqual([{ a: 5, doubled: 10, viaRunner: true }]);
	});

	test('a node that throws with onError=continueRegularOutput passes its input on; the execution keeps the error', async () => {
		// n8n 2.8.4 marks the whole execution as failed when the throwing node is the last one, hence the NoOp.
		const after: NodeSpec = { name: 'After', type: 'n8n-nodes-base.noOp' };
		const result = await n8n.run([failing({ onError: 'continueRegularOutput' }), after], undefined, { input: [{ a: 1 }] });
		expect(result.items).toEqual([{ a: 1 }]);
		const execution = await result.execution();
		expect(execution.status).toBe('success');
		expect(execution.nodeError('Fail')?.message).toBe('harness says no');
	});

	test('a failing node without onError rejects runWorkflow with the execution that says why', async () => {
		const error: WorkflowRunError = await n8n.runWorkflow([failing()]).then(
			() => {
				throw new Error('expected a rejection');
			},
			(rejection) => rejection,
		);
		expect(error).toBeInstanceOf(WorkflowRunError);
		expect(error.message).toContain('harness says no');
		expect(error.execution?.status).toBe('error');
		expect(error.execution?.error?.message).toBe('harness says no');
	});

	test('activateWorkflow serves a trigger webhook; rejected and unpublished calls start no execution', async () => {
		const credentialId = await n8n.createCredential('httpHeaderAuth', 'harness header', { name: 'x-harness-token', value: 'let-me-in' });
		const workflow = await n8n.activateWorkflow({
			nodes: [
				{
					name: 'Hook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2.1,
					parameters: { httpMethod: 'POST', path: `harness-trigger-${Date.now()}`, authentication: 'headerAuth', options: {} },
					credentials: { httpHeaderAuth: { id: credentialId, name: 'harness header' } },
				},
				{ ...doubler, parameters: { ...doubler.parameters, assignments: { assignments: [{ id: 'd', name: 'doubled', value: '={{ $json.body.a * 2 }}', type: 'number' }] } } },
			],
		});
		const url = workflow.webhookUrl('Hook');

		const rejected = await n8n.post(url, { a: 1 }, { 'x-harness-token': 'wrong' });
		expect(rejected.status).toBe(403);

		const accepted = await n8n.post(url, { a: 1 }, { 'x-harness-token': 'let-me-in' });
		expect(accepted.status).toBe(200);
		const [done] = await n8n.waitForExecutions(workflow.id, 1);
		expect(done.status).toBe('success');
		expect((await n8n.getExecution(done.id)).output('Hook')[0]).toMatchObject({ body: { a: 1 } });

		await workflow.deactivate();
		expect((await n8n.post(url, { a: 2 }, { 'x-harness-token': 'let-me-in' })).status).toBe(404);
		// Give a wrongly started execution time to be saved before counting.
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(await n8n.listExecutions(workflow.id)).toHaveLength(1);
	});

	test('measures the cost of one runWorkflow', async () => {
		const durations: number[] = [];
		for (let i = 0; i < 5; i++) {
			const started = Date.now();
			const result = await n8n.run([doubler], undefined, { input: [{ a: i }] });
			durations.push(Date.now() - started);
			expect(result.items).toEqual([{ a: i, doubled: i * 2 }]);
		}
		console.log(`[n8n harness] setup ${JSON.stringify(n8n.info.timings)}; runWorkflow (create + publish + POST + unpublish) ms: ${durations.join(', ')}`);
	});

	test('readLog returns n8n JSON log lines and logSize marks a position', () => {
		const mark = n8n.logSize();
		expect(mark).toBeGreaterThan(0);
		const firstLine = n8n.readLog().split('\n')[0];
		expect(() => JSON.parse(firstLine)).not.toThrow();
		expect(n8n.readLog(mark).length).toBeLessThan(n8n.readLog().length);
	});
});
