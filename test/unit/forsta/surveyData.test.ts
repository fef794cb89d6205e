import { NodeOperationError } from 'n8n-workflow';
import { byId, forstaSetup, json, type ForstaSetup } from './forstaSetup';

let setup: ForstaSetup | undefined;
afterEach(async () => {
	await setup?.close();
	setup = undefined;
});

const readResponses = (extra: Record<string, unknown> = {}) => ({
	resource: 'response',
	operation: 'getData',
	survey: byId('p1000001'),
	returnAll: true,
	readMode: 'pages',
	pageSize: 100,
	dataOptions: {},
	...extra,
});

const ids = (rows: Array<Record<string, unknown>>) => rows.map((row) => row.responseid);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('Forsta survey data: pages', () => {
	it('Return All follows both `next` and `nextpage` links and reads every record once', async () => {
		setup = await forstaSetup({ linkStyle: 'alternate' });
		const run = await setup.run(readResponses());
		expect(ids(json(run))).toEqual(oneTo(250));
		expect(setup.takeLog()).toEqual([
			'POST /identity/connect/token 200',
			'GET /v1/surveys/p1000001/responses/data 200',
			'GET /v1/surveys/p1000001/responses/data 200',
			'GET /v1/surveys/p1000001/responses/data 200',
		]);
		expect(setup.mock.log.entries[2].query).toMatchObject({ page: ['2'], pageSize: ['100'] });
	});

	it('Limit asks for no more than it needs', async () => {
		setup = await forstaSetup();
		const run = await setup.run(readResponses({ returnAll: false, limit: 30 }));
		expect(ids(json(run))).toEqual(oneTo(30));
		expect(setup.mock.log.entries.filter((entry) => entry.path.endsWith('/data')).map((entry) => entry.query.pageSize)).toEqual([['30']]);
	});

	it('refuses a page size over 10,000 before sending anything, naming the limit', async () => {
		setup = await forstaSetup();
		const error = await setup.run(readResponses({ pageSize: 20_000 })).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(`The field "Page Size" is 20000, but Forsta's survey data endpoints allow at most 10,000 records per page`);
		expect((error as NodeOperationError).description).toMatch(/Stream \(NDJSON\)/);
		expect(setup.takeLog()).toEqual([]);
	});

	it('reads 10,000 records in one page at the limit', async () => {
		setup = await forstaSetup({ seed: { responses: 10_000 } });
		const run = await setup.run(readResponses({ pageSize: 10_000 }));
		expect(run.output).toHaveLength(10_000);
		expect(setup.takeLog().filter((line) => line.includes('/data'))).toHaveLength(1);
	});

	it('a token that expires mid-read is renewed once and the read goes on without losing or repeating a record', async () => {
		setup = await forstaSetup({ tokens: { requestsPerToken: 2 } });
		const run = await setup.run(readResponses({ pageSize: 50 }));
		expect(ids(json(run))).toEqual(oneTo(250));
		const log = setup.takeLog();
		expect(log.filter((line) => line.startsWith('POST /identity'))).toHaveLength(3);
		expect(log.filter((line) => line.endsWith(' 401'))).toHaveLength(2);
		expect(log.filter((line) => line.endsWith('/data 200'))).toHaveLength(5);
	});

	it('passes variables and a filter, and refuses variables together with a template before sending', async () => {
		setup = await forstaSetup();
		const filtered = await setup.run(
			readResponses({ dataOptions: { variables: 'status, nps', filterExpression: "response:status = 'complete' AND :responseid > 240" } }),
		);
		expect(json(filtered)).toEqual([241, 242, 245, 246, 247, 250].map((id) => ({ responseid: id, status: 'complete', nps: id % 11 })));
		setup.takeLog();
		const conflict = await setup.run(readResponses({ dataOptions: { variables: 'q1', variableTemplateId: '7' } })).catch((caught: unknown) => caught);
		expect((conflict as Error).message).toBe('The field "Variable Template ID" cannot be combined with "Variables"; Forsta accepts one or the other');
		expect(setup.takeLog()).toEqual([]);
	});
});

describe('Forsta survey data: NDJSON stream', () => {
	it('reads every record from one streamed request, beyond the page limit', async () => {
		setup = await forstaSetup({ seed: { responses: 12_345 } });
		const run = await setup.run(readResponses({ readMode: 'stream' }));
		expect(run.output).toHaveLength(12_345);
		expect(run.output[12_344].json).toMatchObject({ responseid: 12_345 });
		const [request] = setup.mock.log.entries.filter((entry) => entry.path.endsWith('/data'));
		expect(request.headers.accept).toBe('application/x-ndjson');
		expect(request.query.pageSize).toBeUndefined();
	});

	it('stops reading at Limit', async () => {
		setup = await forstaSetup();
		const run = await setup.run(readResponses({ readMode: 'stream', returnAll: false, limit: 7 }));
		expect(ids(json(run))).toEqual(oneTo(7));
	});

	it('quotes Forsta when a stream is refused', async () => {
		setup = await forstaSetup();
		const error = await setup
			.run(readResponses({ readMode: 'stream', dataOptions: { filterExpression: "status = 'complete'" } }))
			.catch((caught: unknown) => caught);
		expect((error as Error).message).toMatch(/^Forsta \(HTTP 400\): Invalid filter expression: cannot read the condition "status = 'complete'"/);
	});
});
