import { byId, forstaWorld, type ForstaWorld } from '../../../mocks/forsta/n8nWorld';
import { runRealCases, type RealCase } from '../../../reliability/input/n8nRefusals';

/** A sample of the in-process input suite (test/unit/reliability/input) in a real n8n, against the Forsta mock. */
let world: ForstaWorld;
beforeAll(async () => {
	world = await forstaWorld();
});
afterAll(async () => await world.mock.close());

test('bad input of every kind is refused in a real n8n with the field named, and Forsta receives nothing, not even a token request', async () => {
	const survey = byId('p1000001');
	const data = { resource: 'response', operation: 'getData', survey, returnAll: true, readMode: 'pages', pageSize: 1000, dataOptions: {} };
	const cases: RealCase[] = [
		{ inputClass: 'wrong type', parameters: { resource: 'survey', operation: 'getAll', returnAll: false, limit: 5, filters: { companyId: '={{ [5] }}' } }, labels: ['Company ID'] },
		{ inputClass: 'wrong type', parameters: { resource: 'survey', operation: 'get', survey, onlyIfChanged: '={{ "yes" }}' }, labels: ['Only If Changed'] },
		{ inputClass: 'empty value', parameters: { resource: 'survey', operation: 'get', survey: byId('={{ " " }}'), onlyIfChanged: false }, labels: ['Survey'] },
		{ inputClass: 'invalid JSON', parameters: { resource: 'respondent', operation: 'create', survey, respondent: '{"email":', includeSurveyLink: false }, labels: ['Respondent (JSON)'] },
		{ inputClass: 'page size over 10,000', parameters: { ...data, pageSize: 20_000 }, labels: ['Page Size'] },
		{ inputClass: 'unknown option', parameters: { ...data, readMode: '={{ "csv" }}' }, labels: ['Read As'] },
	];
	const result = await runRealCases('Forsta', world.n8n, (parameters) => world.forsta(parameters), () => world.mock.log, cases, [world.mock.clientSecret]);
	expect(result).toEqual({ problems: [], sent: 0, leaked: 0 });
});
