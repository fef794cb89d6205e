import { httpRequest } from '../shared';
import { mockGet, mockToken } from './forstaTestClient';
import { startForstaMock, type ForstaMock } from './startForstaMock';

type Page = { itemCount: number; totalCount: number; items: Array<Record<string, unknown>>; links: Record<string, string> };

describe('Forsta mock: survey data, surveys and hubs', () => {
	let mock: ForstaMock;
	let token: string;

	beforeAll(async () => {
		mock = await startForstaMock({ rateLimit: false });
		token = await mockToken(mock);
	});
	afterAll(() => mock.close());

	it('pages with at most 10,000 records and refuses a larger pageSize with 400 naming the limit', async () => {
		const ok = await mockGet(mock, token, '/v1/surveys/p1000001/responses/data?pageSize=10000');
		expect(ok.status).toBe(200);
		expect((ok.body as Page).itemCount).toBe(250);
		const tooBig = await mockGet(mock, token, '/v1/surveys/p1000001/responses/data?pageSize=10001');
		expect(tooBig.status).toBe(400);
		expect(tooBig.rawBody).toContain('10000');
	});

	it('links the next page as `next` (a path) and `nextpage` (a full URL) in turn', async () => {
		const first = (await mockGet(mock, token, '/v1/surveys/p1000001/responses/data?pageSize=100')).body as Page;
		expect(first.links.next).toBe('/v1/surveys/p1000001/responses/data?pageSize=100&page=2');
		const second = (await mockGet(mock, token, first.links.next)).body as Page;
		expect(second.links.nextpage).toBe(`${mock.url}/v1/surveys/p1000001/responses/data?pageSize=100&page=3`);
		const third = (await mockGet(mock, token, second.links.nextpage.slice(mock.url.length))).body as Page;
		expect(third.items.map((item) => item.responseid)).toEqual(Array.from({ length: 50 }, (_, i) => 201 + i));
		expect(third.links.next ?? third.links.nextpage).toBeUndefined();
	});

	it('streams every record as NDJSON, without the page limit, with variables and a filter', async () => {
		const stream = await mockGet(mock, token, "/v1/surveys/p1000001/responses/data?variables=status&filterExpression=response:status%20%3D%20'complete'%20AND%20:responseid%20%3E%20200", {
			accept: 'application/x-ndjson',
		});
		expect(stream.status).toBe(200);
		expect(stream.headers['content-type']).toBe('application/x-ndjson');
		const records = stream.rawBody.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(records.length).toBe(30);
		expect(records[0]).toEqual({ responseid: 201, status: 'complete' });
		const invalid = await mockGet(mock, token, "/v1/surveys/p1000001/responses/data?filterExpression=status%20%3D%20'complete'");
		expect(invalid.status).toBe(400);
	});

	it('serves variable templates, and refuses variables together with a template', async () => {
		const templated = (await mockGet(mock, token, '/v1/surveys/p1000001/responses/data?variableTemplateId=7&pageSize=1')).body as Page;
		expect(Object.keys(templated.items[0])).toEqual(['responseid', 'status', 'nps']);
		expect((await mockGet(mock, token, '/v1/surveys/p1000001/responses/data?variableTemplateId=7&variables=q1')).status).toBe(400);
	});

	it('answers 304 to a matching If-None-Match', async () => {
		const first = await mockGet(mock, token, '/v1/surveys/p1000001');
		const etag = String(first.headers.etag);
		expect(etag).toMatch(/^".+"$/);
		expect((await mockGet(mock, token, '/v1/surveys/p1000001', { 'if-none-match': etag })).status).toBe(304);
		expect((await mockGet(mock, token, '/v1/hubs/101', { 'if-none-match': '"other"' })).status).toBe(200);
	});

	it('exports a definition as a zip and imports one', async () => {
		const zip = await mockGet(mock, token, '/v1/surveys/p1000001', { accept: 'application/zip' });
		expect(zip.headers['content-type']).toBe('application/zip');
		const imported = await httpRequest(`${mock.url}/v1/surveys`, {
			method: 'POST',
			body: zip.rawBody,
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/zip' },
		});
		expect(imported.status).toBe(200);
		const id = (imported.body as { projectId: string }).projectId;
		expect((await mockGet(mock, token, `/v1/surveys/${id}`)).body).toMatchObject({ name: 'Customer Satisfaction 2025 (import)' });
	});

	it('creates a respondent and gives its survey link when asked', async () => {
		const created = await httpRequest(`${mock.url}/v1/surveys/p1000001/respondents`, {
			method: 'POST',
			body: { email: 'new@example.com' },
			headers: { authorization: `Bearer ${token}` },
		});
		expect(created.status).toBe(201);
		const self = (created.body as { links: { self: string } }).links.self;
		const withLink = await mockGet(mock, token, `${self}?includeSurveyLink=true`);
		expect(withLink.body).toMatchObject({ email: 'new@example.com', links: { surveyLink: expect.stringContaining('p1000001') } });
	});
});
