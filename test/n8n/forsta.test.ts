import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IConnections, IDataObject } from 'n8n-workflow';
import { byId, forstaWorld, type ForstaWorld } from '../mocks/forsta/n8nWorld';
import type { NodeSpec } from './harness/client';
import { REPO_ROOT } from './harness/n8nInstall';

/** The Forsta Surveys node's operations in a real n8n, against the Forsta mock. */
let world: ForstaWorld;
beforeAll(async () => {
	world = await forstaWorld();
});
afterAll(async () => await world.mock.close());

const survey = byId('p1000001');

describe('Forsta credential in a real n8n', () => {
	test('the Test button gets a token with the api-user grant and calls the API; a wrong secret fails without showing it', async () => {
		const mark = world.mark();
		expect(await world.n8n.testCredential(world.credential.id)).toEqual({ status: 'OK', message: 'Connection successful!' });
		// The engine's token cache outlives one mock: when a later mock gets an earlier one's port, the held token is
		// refused once and replaced (seen on 2.41 in CI). Either way: one grant, then the call with its token.
		const requests = world.requestsSince(mark);
		const refusedHeld = requests[0] === 'GET /v1/surveys 401' ? 1 : 0;
		expect(requests.slice(refusedHeld)).toEqual(['POST /identity/connect/token 200', 'GET /v1/surveys 200']);
		const [token, call] = world.entriesSince(mark).slice(refusedHeld);
		expect(token.headers.authorization).toBeUndefined();
		expect(call.headers.authorization).toBe('Bearer [redacted]');

		const wrong = await world.addCredential('Forsta wrong secret', { clientSecret: 'definitely-not-the-secret' });
		const result = await world.n8n.testCredential(wrong.id);
		expect(result.status).toBe('Error');
		expect(result.message).toBe('Forsta (HTTP 400): invalid_client: unknown client or wrong secret');
		expect(result.message).not.toContain('definitely-not-the-secret');
	});

	test('the token is cached per credential: a second execution asks for none', async () => {
		const fresh = await world.addCredential('Forsta fresh', { scope: 'pub.surveys' });
		const before = world.mock.tokens.issued;
		const node = world.forsta({ resource: 'survey', operation: 'getAll', returnAll: false, limit: 3, filters: {} }, { credentials: { forstaApi: fresh } });
		await world.n8n.runWorkflow([node]);
		// First use of a credential: n8n's preAuthentication fills the empty saved token with the engine's one.
		expect(world.mock.tokens.issued - before).toBe(1);
		await world.n8n.runWorkflow([node]);
		expect(world.mock.tokens.issued - before).toBe(1);
		await world.n8n.runWorkflow([world.forsta({ resource: 'survey', operation: 'get', survey })]);
		const issued = world.mock.tokens.issued;
		const mark = world.mark();
		await world.n8n.runWorkflow([world.forsta({ resource: 'survey', operation: 'get', survey })]);
		expect(world.mock.tokens.issued).toBe(issued);
		expect(world.requestsSince(mark)).toEqual(['GET /v1/surveys/p1000001 200']);
	});
});

describe('Forsta surveys in a real n8n', () => {
	test('Get Many with filters and Limit, and Get', async () => {
		const filtered = await world.n8n.runWorkflow([world.forsta({ resource: 'survey', operation: 'getAll', returnAll: true, filters: { keyword: 'tracker' } })]);
		expect(filtered.map((item) => item.id)).toEqual(['p1000003', 'p1000006', 'p1000009', 'p1000012']);
		const limited = await world.n8n.runWorkflow([world.forsta({ resource: 'survey', operation: 'getAll', returnAll: false, limit: 5, filters: {} })]);
		expect(limited).toHaveLength(5);
		const [one] = await world.n8n.runWorkflow([world.forsta({ resource: 'survey', operation: 'get', survey })]);
		expect(one).toMatchObject({ id: 'p1000001', name: 'Customer Satisfaction 2025' });
	});

	test('Export Definition gives a zip as binary; Import Definition creates a survey from it', async () => {
		const result = await world.n8n.run([
			world.forsta({ resource: 'survey', operation: 'exportDefinition', survey, binaryPropertyName: 'data' }, { name: 'Export' }),
			world.forsta({ resource: 'survey', operation: 'importDefinition', binaryPropertyName: 'data' }, { name: 'Import' }),
		]);
		expect(result.items).toEqual([{ projectId: expect.stringMatching(/^p\d+$/) }]);
		const execution = await result.execution();
		const exported = execution.data.resultData.runData.Export[0].data?.main?.[0]?.[0];
		expect(exported?.json).toMatchObject({ surveyId: 'p1000001', fileName: 'p1000001.zip' });
		expect(exported?.binary?.data).toMatchObject({ mimeType: 'application/zip', fileName: 'p1000001.zip' });
		expect(world.mock.state.surveys.at(-1)?.name).toBe('Customer Satisfaction 2025 (import)');
	});

	test('Only If Changed: an active workflow sends the stored ETag and emits nothing on 304', async () => {
		const path = `forsta-etag-${Date.now()}`;
		const workflow = await world.n8n.activateWorkflow({
			nodes: [
				{ name: 'Hook', type: 'n8n-nodes-base.webhook', typeVersion: 2.1, parameters: { httpMethod: 'POST', path, options: {} } },
				world.forsta({ resource: 'survey', operation: 'get', survey: byId('p1000002'), onlyIfChanged: true }),
			],
		});
		try {
			const url = `${world.n8n.baseUrl}/webhook/${path}`;
			const mark = world.mark();
			for (let i = 1; i <= 2; i++) {
				await world.n8n.post(url, {});
				await world.n8n.waitForExecutions(workflow.id, i);
			}
			const [first, second] = world.entriesSince(mark).filter((entry) => entry.path === '/v1/surveys/p1000002');
			expect(first.status).toBe(200);
			expect(first.headers['if-none-match']).toBeUndefined();
			expect(second.headers['if-none-match']).toMatch(/^".+"$/);
			expect(second.status).toBe(304);
			const runs = await world.n8n.listExecutions(workflow.id);
			const outputs = await Promise.all(runs.map(async (run) => (await world.n8n.getExecution(run.id)).output('Forsta')));
			expect(outputs.map((items) => items.length).sort()).toEqual([0, 1]);
		} finally {
			await workflow.deactivate();
		}
	});
});

describe('Forsta respondents and responses in a real n8n', () => {
	test('Create Respondent returns the survey link when asked', async () => {
		const items = await world.n8n.runWorkflow([
			world.forsta({ resource: 'respondent', operation: 'create', survey, respondent: '{"email": "n8n@example.com", "city": "Oslo"}', includeSurveyLink: true }),
		]);
		expect(items).toEqual([expect.objectContaining({ email: 'n8n@example.com', surveyLink: expect.stringContaining('p1000001') })]);
	});

	test('Get Schema of responses and respondents, and respondent data', async () => {
		const [responses] = await world.n8n.runWorkflow([world.forsta({ resource: 'response', operation: 'getSchema', survey })]);
		expect(responses).toMatchObject({ root: { keys: [{ name: 'responseid' }] } });
		const [respondents] = await world.n8n.runWorkflow([world.forsta({ resource: 'respondent', operation: 'getSchema', survey })]);
		expect(respondents).toMatchObject({ root: { keys: [{ name: 'respid' }] } });
		const data = await world.n8n.runWorkflow([
			world.forsta({ resource: 'respondent', operation: 'getData', survey, returnAll: false, limit: 15, readMode: 'pages', pageSize: 10, dataOptions: { variables: 'email' } }),
		]);
		expect(data).toHaveLength(15);
		expect(data[0]).toEqual({ respid: 5001, email: 'respondent1@example.com' });
	});

	test('Update Data writes the input items in batches, each output paired with its input', async () => {
		const input: IDataObject[] = [10, 11, 12].map((id) => ({ responseid: id, nps: 10 }));
		const result = await world.n8n.run(
			[world.forsta({ resource: 'response', operation: 'updateData', survey, keyVariables: 'responseid', variables: '', batchSize: 2 })],
			undefined,
			{ input },
		);
		expect(result.items).toEqual(input.map((item) => ({ surveyId: 'p1000001', ...item })));
		const run = (await result.execution()).data.resultData.runData.Forsta[0].data?.main?.[0] ?? [];
		expect(run.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(world.mock.state.data.get('p1000001')?.responses.slice(9, 12).map((record) => record.nps)).toEqual([10, 10, 10]);
	});
});

describe('Forsta hubs and the custom call in a real n8n', () => {
	test('Get Many, Get, Get Hierarchies and Get Auto-Combined Survey Data', async () => {
		expect((await world.n8n.runWorkflow([world.forsta({ resource: 'hub', operation: 'getAll', returnAll: true })])).map((hub) => hub.id)).toEqual([101, 102, 103]);
		expect(await world.n8n.runWorkflow([world.forsta({ resource: 'hub', operation: 'get', hub: byId(102) })])).toEqual([expect.objectContaining({ id: 102 })]);
		const hierarchies = await world.n8n.runWorkflow([world.forsta({ resource: 'hub', operation: 'getHierarchies', hub: byId(101), returnAll: true })]);
		expect(hierarchies.map((row) => row.name)).toEqual(['Organisation', 'Regions']);
		const combined = await world.n8n.runWorkflow([
			world.forsta({ resource: 'hub', operation: 'getCombinedData', hub: byId(101), combinedSurvey: survey, returnAll: true, readMode: 'stream', dataOptions: {} }),
		]);
		expect(combined).toHaveLength(30);
	});

	test('Custom API Call pages with Forsta’s links', async () => {
		const items = await world.n8n.runWorkflow([
			world.forsta({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/v1/surveys', query: '{"pageSize": 4}', paging: 'forstaLinks', returnAll: true }),
		]);
		expect(items).toHaveLength(world.mock.state.surveys.length);
	});
});

describe('Forsta example workflows', () => {
	test.each(['forsta.json', 'forsta-trigger.json'])('%s imports into n8n with every node type known', async (file) => {
		const example = JSON.parse(readFileSync(join(REPO_ROOT, 'examples', file), 'utf8')) as { name: string; nodes: NodeSpec[]; connections: IConnections };
		await world.n8n.expectNodeTypesLoaded([...new Set(example.nodes.map((node) => node.type))]);
		const nodes = example.nodes.map((node) => (node.credentials ? { ...node, credentials: { forstaApi: world.credential } } : node));
		const created = await world.n8n.rest<{ id: string; nodes: unknown[] }>('POST', '/workflows', { name: example.name, active: false, nodes, connections: example.connections, settings: {} });
		expect(created.nodes).toHaveLength(example.nodes.length);
	});
});
