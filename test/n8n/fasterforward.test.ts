import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { MOCK_API, startFasterForwardMock, type FasterForwardMock, type FasterForwardMockOptions } from '../mocks/fasterforward';
import { connectN8n, WorkflowRunError, type NodeSpec } from './harness/client';
import { registerIssuedTokens } from './harness/issuedTokens';
import { REPO_ROOT } from './harness/n8nInstall';

/** Faster Forward Elements in a real n8n: token flow, paging, limits, uploads, against the mock. */
const n8n = connectN8n();
const TYPE = 'n8n-nodes-service-pack.fasterForward';
const mocks: FasterForwardMock[] = [];

interface World {
	mock: FasterForwardMock;
	credential: { id: string; name: string };
}

async function world(options: FasterForwardMockOptions = {}, extra: IDataObject = {}): Promise<World> {
	const mock = await startFasterForwardMock(options);
	registerIssuedTokens(n8n, 'fasterForwardApi', mock.tokens, 'issue');
	mocks.push(mock);
	const name = `ff ${mocks.length}`;
	const { clientId, clientSecret } = mock.client;
	const data = { domain: mock.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: 'dossiers', clientAuthentication: 'body', ...extra };
	return { mock, credential: { id: await n8n.createCredential('fasterForwardApi', name, data), name } };
}
afterAll(async () => await Promise.all(mocks.map((mock) => mock.close())));

const node = ({ credential }: World, parameters: INodeParameters, extra: Partial<NodeSpec> = {}): NodeSpec => ({
	name: 'Faster Forward',
	type: TYPE,
	parameters,
	credentials: { fasterForwardApi: credential },
	...extra,
});
const request = (extra: INodeParameters): INodeParameters => ({ resource: 'apiRequest', operation: 'send', method: 'GET', query: '{}', paging: 'none', ...extra });
const records = request({ path: `${MOCK_API}/records`, paging: 'pageNumber', itemsPath: 'data', pageParam: 'page', firstPage: 1, pageSizeParam: 'pageSize', pageSize: 100, pageCountPath: '', returnAll: true });

/** The WorkflowRunError a run ends with (n8n answers the failed run with its error). */
const failureOf = (run: Promise<unknown>): Promise<WorkflowRunError> =>
	run.then(
		() => Promise.reject(new Error('the workflow was expected to fail')),
		(error: unknown) => (error instanceof WorkflowRunError ? error : Promise.reject(error)),
	);

/** A Code node that turns each input item's `text` and `size` into a binary `data` document. */
const makeDocument: NodeSpec = {
	name: 'Make document',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	parameters: {
		mode: 'runOnceForEachItem',
		jsCode: "const bytes = $json.size ? Buffer.alloc($json.size, 65) : Buffer.from($json.text ?? 'mock pdf');\nreturn { json: { dossier: 7 }, binary: { data: { data: bytes.toString('base64'), mimeType: 'application/pdf', fileName: 'scan.pdf' } } };",
	},
};

describe('Faster Forward Elements in a real n8n', () => {
	let main: World;
	beforeAll(async () => {
		main = await world();
	});

	test('n8n loads the node and its tool twin', async () => {
		await n8n.expectNodeTypesLoaded([TYPE, `${TYPE}Tool`]);
	});

	test('the credential Test obtains a token; wrong secrets fail it; Basic auth and the password grant pass', async () => {
		expect(await n8n.testCredential(main.credential.id)).toMatchObject({ status: 'OK' });
		const wrong = await world({}, { clientSecret: 'not-the-secret' });
		expect(await n8n.testCredential(wrong.credential.id)).toMatchObject({ status: 'Error' });
		const { username, password } = main.mock.client;
		const user = await world({}, { grantType: 'password', username, password, clientAuthentication: 'basic' });
		expect(await n8n.testCredential(user.credential.id)).toMatchObject({ status: 'OK' });
		expect(user.mock.tokens.issued.password).toBeGreaterThanOrEqual(1);
		// The mock refuses a token request that carries any bearer; none carried an empty or stray Authorization.
		const tokenRequests = [...main.mock.log.entries, ...user.mock.log.entries].filter((entry) => entry.path === '/oauth/access_token');
		expect(tokenRequests.map((entry) => entry.headers.authorization ?? 'none')).toEqual(expect.arrayContaining(['none', 'Basic [redacted]']));
		expect(tokenRequests.every((entry) => entry.status === 200 && ['none', 'Basic [redacted]'].includes(String(entry.headers.authorization ?? 'none')))).toBe(true);
	});

	test('API Request pages by page number and by next link; the token is reused across executions', async () => {
		const before = { ...main.mock.tokens.issued };
		expect(await n8n.runWorkflow([node(main, records)])).toHaveLength(250);
		const linked = await n8n.runWorkflow([node(main, request({ path: `${MOCK_API}/linked-records`, paging: 'nextLink', itemsPath: 'data', nextLinkPath: 'links.next', returnAll: false, limit: 90 }))]);
		expect(linked.map((row) => row.id)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
		const grants = main.mock.tokens.issued.client_credentials - before.client_credentials;
		console.log(`[faster forward] token grants for two executions after the credential test: ${grants}`);
		expect(grants).toBeLessThanOrEqual(1);
		expect(main.mock.log.entries.filter((entry) => entry.path.startsWith(MOCK_API)).every((entry) => entry.headers.authorization === 'Bearer [redacted]')).toBe(true);
	});

	test('an expired token is renewed with the refresh token and the request repeated', async () => {
		main.mock.tokens.expireAccessTokens();
		const refreshes = main.mock.tokens.issued.refresh_token;
		expect(await n8n.runWorkflow([node(main, request({ path: `${MOCK_API}/whoami` }))])).toEqual([expect.objectContaining({ clientId: main.mock.client.clientId })]);
		expect(main.mock.tokens.issued.refresh_token).toBe(refreshes + 1);
	});

	test('Document Upload sends the binary as base64 at the chosen field with the metadata', async () => {
		const upload = node(main, {
			resource: 'document',
			operation: 'upload',
			method: 'POST',
			path: `${MOCK_API}/documents`,
			documents: { document: [{ binaryProperty: 'data', contentField: 'bijlage.inhoud', fileNameField: 'bijlage.naam', mimeTypeField: 'bijlage.type' }] },
			metadata: '={{ JSON.stringify({ dossierId: $json.dossier, soort: "ID" }) }}',
		});
		const [answer] = await n8n.runWorkflow([makeDocument, upload], undefined, { input: [{ text: 'hello document' }] });
		expect(answer).toMatchObject({ id: expect.any(Number) });
		expect(main.mock.uploads.at(-1)?.body).toEqual({ dossierId: 7, soort: 'ID', bijlage: { inhoud: Buffer.from('hello document').toString('base64'), naam: 'scan.pdf', type: 'application/pdf' } });
	});

	test('a document over 30 MB is refused with both limits named, and nothing is sent', async () => {
		const mark = main.mock.log.lastSeq;
		const upload = node(main, { resource: 'document', operation: 'upload', method: 'POST', path: `${MOCK_API}/documents`, documents: { document: [{ binaryProperty: 'data', contentField: 'document' }] }, metadata: '{}' });
		const failure = await failureOf(n8n.runWorkflow([makeDocument, upload], undefined, { input: [{ size: 30 * 1024 * 1024 + 1 }] }));
		expect(failure.message).toContain('which is 31,457,281 bytes (30.0 MB). Faster Forward accepts at most 31,457,280 bytes (30.0 MB) per document after base64 decoding, and at most 47,185,920 bytes (45.0 MB) per request body');
		expect(main.mock.log.since(mark)).toEqual([]);
	}, 180_000);

	test('the example workflow runs as shipped against the mock', async () => {
		const example = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/fasterforward.json'), 'utf8')) as { nodes: NodeSpec[] };
		const pick = (name: string): NodeSpec => {
			const found = example.nodes.find((candidate) => candidate.name === name) as NodeSpec;
			return found.credentials ? { ...found, credentials: { fasterForwardApi: main.credential } } : found;
		};
		expect(await n8n.runWorkflow([pick('All records (paged)')])).toHaveLength(250);
		const [uploaded] = await n8n.runWorkflow([pick('A document'), pick('Upload document')]);
		expect(uploaded).toMatchObject({ id: expect.any(Number) });
		expect(main.mock.uploads.at(-1)?.body).toMatchObject({ dossierId: 1042, document: { fileName: 'identiteitsbewijs.pdf', mimeType: 'application/pdf' } });
	});

	test('bad input names the field before any request; secrets and tokens appear nowhere', async () => {
		const mark = main.mock.log.lastSeq;
		const failure = await failureOf(n8n.runWorkflow([node(main, request({ path: 'https://elsewhere.example/x' }))]));
		expect(failure.message).toContain('The field "Path" must be a path on your domain, not a full URL');
		expect(main.mock.log.since(mark)).toEqual([]);
		expect(n8n.readLog()).not.toContain(main.mock.client.clientSecret);
	});
});

describe('Faster Forward limits in a real n8n', () => {
	test('the per-second 429 is waited out: every item arrives', async () => {
		const strict = await world({ rateLimit: { perSecond: { limit: 2, windowMs: 1_000 }, perDay: { limit: 100_000, windowMs: 86_400_000 } } });
		const items = await n8n.runWorkflow([node(strict, request({ path: `${MOCK_API}/whoami` }))], undefined, { input: Array.from({ length: 8 }, () => ({})) });
		expect(items).toHaveLength(8);
		expect(strict.mock.counts.perSecond429).toBeGreaterThan(0);
	});

	test('the daily 429 fails at once with a clear quota message; Continue On Fail pairs it', async () => {
		const daily = await world({ rateLimit: { perSecond: { limit: 5, windowMs: 1_000 }, perDay: { limit: 2, windowMs: 86_400_000 } } });
		const spec = node(daily, request({ path: `${MOCK_API}/whoami` }), { onError: 'continueRegularOutput' });
		const result = await n8n.run([spec, { name: 'After', type: 'n8n-nodes-base.noOp' }], undefined, { input: [{}, {}, {}] });
		expect(result.items[2]).toMatchObject({ error: expect.stringContaining('the daily quota of 100,000 requests is used up') });
		expect(daily.mock.counts.daily429).toBe(1);
	});
});
