import { byId, forstaSetup, json, type ForstaSetup } from './forstaSetup';

let setup: ForstaSetup | undefined;
afterEach(async () => {
	await setup?.close();
	setup = undefined;
});

describe('Forsta: surveys', () => {
	it('lists surveys with the keyword, name and company filters', async () => {
		setup = await forstaSetup();
		const run = await setup.run({ resource: 'survey', operation: 'getAll', returnAll: true, filters: { keyword: 'tracker', companyId: 23 } });
		expect(json(run).map((survey) => survey.id)).toEqual(['p1000006', 'p1000012']);
		expect(setup.mock.log.entries.at(-1)?.query).toMatchObject({ keyword: ['tracker'], companyId: ['23'], pageSize: ['500'] });
		const byName = await setup.run({ resource: 'survey', operation: 'getAll', returnAll: false, limit: 2, filters: { name: 'survey' } });
		expect(json(byName)).toHaveLength(2);
	});

	it('Only If Changed sends the last ETag and emits nothing when Forsta answers 304', async () => {
		setup = await forstaSetup();
		const parameters = { resource: 'survey', operation: 'get', survey: byId('p1000001'), onlyIfChanged: true };
		expect(json(await setup.run(parameters))).toEqual([expect.objectContaining({ id: 'p1000001' })]);
		const second = await setup.run(parameters);
		expect(second.output).toEqual([]);
		const [, firstGet, secondGet] = setup.mock.log.entries;
		expect(firstGet.headers['if-none-match']).toBeUndefined();
		expect(secondGet.headers['if-none-match']).toMatch(/^".+"$/);
		expect(secondGet.status).toBe(304);
		setup.mock.state.surveys[0].name = 'Renamed';
		expect(json(await setup.run(parameters))).toEqual([expect.objectContaining({ name: 'Renamed' })]);
		// Without the option the header is never sent.
		await setup.run({ ...parameters, onlyIfChanged: false });
		expect(setup.mock.log.entries.at(-1)?.headers['if-none-match']).toBeUndefined();
	});

	it('exports a definition as binary and imports it again', async () => {
		setup = await forstaSetup();
		const exported = await setup.run({ resource: 'survey', operation: 'exportDefinition', survey: byId('p1000001'), binaryPropertyName: 'zip' });
		const [item] = exported.output;
		expect(item.json).toMatchObject({ surveyId: 'p1000001', fileName: 'p1000001.zip' });
		expect(item.binary?.zip).toMatchObject({ mimeType: 'application/zip', fileName: 'p1000001.zip' });
		const bytes = Buffer.from(String(item.binary?.zip.data), 'base64');
		expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
		const imported = await setup.run(
			{ resource: 'survey', operation: 'importDefinition', binaryPropertyName: 'data' },
			{ binary: { 0: { data: { data: bytes, fileName: 'p1000001.zip', mimeType: 'application/zip' } } } },
		);
		expect(json(imported)).toEqual([{ projectId: 'p1000013' }]);
		expect(setup.mock.log.entries.at(-1)?.headers['content-type']).toBe('application/zip');
	});

	it('refuses to import a file that is not a zip, naming the field, before sending it', async () => {
		setup = await forstaSetup();
		const error = await setup
			.run({ resource: 'survey', operation: 'importDefinition', binaryPropertyName: 'data' }, { binary: { 0: { data: { data: Buffer.from('<xml/>'), fileName: 'survey.xml', mimeType: 'text/xml' } } } })
			.catch((caught: unknown) => caught);
		expect((error as Error).message).toBe('The field "Input Binary Field" holds "survey.xml", which is not a zip file; Forsta imports zipped XML definitions only');
		expect(setup.takeLog().filter((line) => line.includes('/v1/'))).toEqual([]);
	});
});

describe('Forsta: respondents and responses', () => {
	it('creates a respondent and reads back the survey link when asked', async () => {
		setup = await forstaSetup();
		const plain = await setup.run({ resource: 'respondent', operation: 'create', survey: byId('p1000001'), respondent: '{"email":"a@example.com"}', includeSurveyLink: false });
		expect(json(plain)).toEqual([{ respid: 5041, links: { self: '/v1/surveys/p1000001/respondents/5041' } }]);
		const linked = await setup.run({ resource: 'respondent', operation: 'create', survey: byId('p1000001'), respondent: { email: 'b@example.com', city: 'Oslo' }, includeSurveyLink: true });
		expect(json(linked)[0]).toMatchObject({ respid: 5042, email: 'b@example.com', surveyLink: expect.stringContaining('__sid__=5042') });
	});

	it('refuses a respondent that is not a flat object, naming the field', async () => {
		setup = await forstaSetup();
		const error = await setup
			.run({ resource: 'respondent', operation: 'create', survey: byId('p1000001'), respondent: '{"address":{"city":"Oslo"}}', includeSurveyLink: false })
			.catch((caught: unknown) => caught);
		expect((error as Error).message).toMatch(/^The field "Respondent \(JSON\)" is not valid: address:/);
	});

	it('gets both schemas and respondent data', async () => {
		setup = await forstaSetup();
		const schema = await setup.run({ resource: 'response', operation: 'getSchema', survey: byId('p1000001') });
		expect(json(schema)[0]).toMatchObject({ root: { keys: [{ name: 'responseid' }] } });
		const respondents = await setup.run({ resource: 'respondent', operation: 'getData', survey: byId('p1000001'), returnAll: true, readMode: 'stream', dataOptions: {} });
		expect(respondents.output).toHaveLength(40);
		const respondentSchema = await setup.run({ resource: 'respondent', operation: 'getSchema', survey: byId('p1000001') });
		expect(json(respondentSchema)[0]).toMatchObject({ root: { keys: [{ name: 'respid' }] } });
	});

	it('updates response data in batches built from the input items, each output paired with its item', async () => {
		setup = await forstaSetup();
		const items = [1, 2, 3, 4, 5].map((id) => ({ responseid: id, q1: 9, status: 'complete' }));
		const run = await setup.run({ resource: 'response', operation: 'updateData', survey: byId('p1000001'), keyVariables: 'responseid', variables: 'q1', batchSize: 2 }, { items });
		expect(run.output.map((item) => [item.json, item.pairedItem])).toEqual(items.map((item, index) => [{ surveyId: 'p1000001', responseid: item.responseid, q1: 9 }, { item: index }]));
		const patches = setup.mock.log.entries.filter((entry) => entry.method === 'PATCH');
		expect(patches.map((entry) => (entry.body as { data: unknown[] }).data.length)).toEqual([2, 2, 1]);
		expect(patches[0].body).toEqual({ dataSchema: { keys: ['responseid'], variables: ['q1'] }, data: [{ responseid: 1, q1: 9 }, { responseid: 2, q1: 9 }] });
		expect(setup.mock.state.data.get('p1000001')?.responses.slice(0, 6).map((record) => record.q1)).toEqual([9, 9, 9, 9, 9, 2]);
	});

	it('names the missing key of an item before sending, and with Continue On Fail sends the others', async () => {
		setup = await forstaSetup();
		const items = [{ responseid: 1, q1: 3 }, { q1: 4 }, { responseid: 3, q1: 5 }];
		const parameters = { resource: 'response', operation: 'updateData', survey: byId('p1000001'), keyVariables: 'responseid', variables: '', batchSize: 1000 };
		const error = await setup.run(parameters, { items }).catch((caught: unknown) => caught);
		expect((error as Error).message).toBe('The field "Key Variables" names "responseid", which input item 2 does not have');
		expect(setup.mock.log.entries.filter((entry) => entry.method === 'PATCH')).toHaveLength(0);
		const run = await setup.run(parameters, { items, continueOnFail: true });
		expect(run.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(run.output[1].json.error).toMatch(/Key Variables/);
		expect(setup.mock.log.entries.filter((entry) => entry.method === 'PATCH')).toHaveLength(1);
	});
});

describe('Forsta: hubs, permissions and the custom call', () => {
	it('reads hubs, one hub, its hierarchies and auto-combined data through the Hubs API', async () => {
		setup = await forstaSetup();
		expect(json(await setup.run({ resource: 'hub', operation: 'getAll', returnAll: true })).map((hub) => hub.id)).toEqual([101, 102, 103]);
		expect(json(await setup.run({ resource: 'hub', operation: 'get', hub: byId(101) }))[0]).toMatchObject({ id: 101, surveys: ['p1000001'] });
		expect(json(await setup.run({ resource: 'hub', operation: 'getHierarchies', hub: byId(101), returnAll: true })).map((row) => row.name)).toEqual(['Organisation', 'Regions']);
		const combined = await setup.run({
			resource: 'hub',
			operation: 'getCombinedData',
			hub: byId(101),
			combinedSurvey: byId('p1000001'),
			returnAll: false,
			limit: 12,
			readMode: 'pages',
			pageSize: 5,
			dataOptions: { variables: 'email' },
		});
		expect(json(combined)).toHaveLength(12);
		expect(json(combined)[0]).toEqual({ respid: 5001, email: 'respondent1@example.com' });
	});

	it('a permission 403 fails at once, naming the scope problem, and is never retried', async () => {
		setup = await forstaSetup({}, 'pub.surveys');
		const error = await setup.run({ resource: 'hub', operation: 'getAll', returnAll: true }).catch((caught: unknown) => caught);
		expect((error as Error).message).toBe('Forsta (HTTP 403): The access token does not grant the scope pub.hubs.');
		expect(setup.takeLog().filter((line) => line.startsWith('GET'))).toEqual(['GET /v1/hubs 403']);
	});

	it('a 403 that says "rate limit" is throttling: it waits and tries again', async () => {
		setup = await forstaSetup({ throttleStatus: 403, retryAfter: true, rateLimit: [{ limit: 2, windowMs: 400 }] });
		const run = await setup.run({ resource: 'response', operation: 'getData', survey: byId('p1000001'), returnAll: true, readMode: 'pages', pageSize: 50, dataOptions: {} });
		expect(run.output).toHaveLength(250);
		const log = setup.takeLog();
		expect(log.filter((line) => line.endsWith(' 403')).length).toBeGreaterThan(0);
		expect(log.filter((line) => line.endsWith('/data 200'))).toHaveLength(5);
	});

	it('sends a custom call under /v1/hubs through the Hubs API, and others through the Surveys API', async () => {
		setup = await forstaSetup();
		const hubs = await setup.run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/v1/hubs', query: '{"pageSize": 2}', paging: 'forstaLinks', returnAll: true });
		expect(json(hubs)).toHaveLength(3);
		const survey = await setup.run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/v1/surveys/p1000002', query: '{}', paging: 'none' });
		expect(json(survey)[0]).toMatchObject({ id: 'p1000002' });
	});
});
