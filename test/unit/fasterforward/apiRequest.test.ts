import { FF_CLIENT, MOCK_API } from '../../mocks/fasterforward';
import { apiRequest, ffCredentials, runFasterForward, useFasterForwardMock } from './ffContext';

const env = useFasterForwardMock({ tokenLifetimeS: 2 });
const records = apiRequest({ path: `${MOCK_API}/records`, paging: 'pageNumber', itemsPath: 'data', pageParam: 'page', firstPage: 1, pageSizeParam: 'pageSize', pageSize: 100, pageCountPath: 'meta.pageCount', returnAll: true });

describe('Faster Forward API Request', () => {
	it('pages by page number with one token, sent as Bearer on every request', async () => {
		const { mock } = env;
		const { items } = await runFasterForward(mock, records);
		expect(items).toHaveLength(250);
		const api = mock.log.entries.filter((entry) => entry.path.startsWith(MOCK_API));
		expect(api.map((entry) => entry.query)).toEqual([1, 2, 3].map((page) => ({ page: [String(page)], pageSize: ['100'] })));
		expect(api.every((entry) => entry.headers.authorization === 'Bearer [redacted]')).toBe(true);
		expect(mock.tokens.issued).toEqual({ client_credentials: 1, password: 0, refresh_token: 0 });
	});

	it('follows next links, and Limit stops early', async () => {
		const { mock } = env;
		const all = await runFasterForward(mock, apiRequest({ path: `${MOCK_API}/linked-records`, paging: 'nextLink', itemsPath: 'data', nextLinkPath: 'links.next', returnAll: true }));
		expect(all.items.map((item) => item.json.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
		const mark = mock.log.lastSeq;
		const some = await runFasterForward(mock, apiRequest({ path: `${MOCK_API}/linked-records`, paging: 'nextLink', itemsPath: 'data', nextLinkPath: 'links.next', returnAll: false, limit: 50 }));
		expect(some.items).toHaveLength(50);
		expect(mock.log.since(mark).map((entry) => entry.query)).toEqual([{}, { from: ['41'] }]);
	});

	it('shares the token between executions and renews it with the refresh token before it expires', async () => {
		const { mock } = env;
		const whoami = apiRequest({ path: `${MOCK_API}/whoami` });
		await runFasterForward(mock, whoami);
		await runFasterForward(mock, whoami);
		expect(mock.tokens.issued).toEqual({ client_credentials: 1, password: 0, refresh_token: 0 });
		// Two-second tokens are renewed a tenth of their life early.
		await new Promise((resolve) => setTimeout(resolve, 1_900));
		const { items } = await runFasterForward(mock, whoami);
		expect(items[0].json).toMatchObject({ clientId: FF_CLIENT.clientId });
		expect(mock.tokens.issued).toEqual({ client_credentials: 1, password: 0, refresh_token: 1 });
	});

	it('on a 401 renews the token with the refresh token and repeats the request once; without refresh it asks anew', async () => {
		const { mock } = env;
		const whoami = apiRequest({ path: `${MOCK_API}/whoami` });
		await runFasterForward(mock, whoami);
		mock.tokens.expireAccessTokens();
		await runFasterForward(mock, whoami);
		expect(mock.tokens.issued).toEqual({ client_credentials: 1, password: 0, refresh_token: 1 });
		mock.tokens.expireAccessTokens();
		mock.tokens.revokeRefreshTokens();
		await runFasterForward(mock, whoami);
		expect(mock.tokens.issued).toEqual({ client_credentials: 2, password: 0, refresh_token: 1 });
		expect(mock.log.entries.filter((entry) => entry.status === 401)).toHaveLength(2);
	});

	it('uses the password grant, and a refused token request names the cause without secrets', async () => {
		const { mock } = env;
		const user = ffCredentials(mock, { grantType: 'password', username: FF_CLIENT.username, password: FF_CLIENT.password, clientAuthentication: 'basic' });
		const { items } = await runFasterForward(mock, apiRequest({ path: `${MOCK_API}/whoami` }), { credentials: user });
		expect(items[0].json).toMatchObject({ user: FF_CLIENT.username });
		const wrong = runFasterForward(mock, apiRequest({ path: `${MOCK_API}/whoami` }), { credentials: { ...user, username: 'someone@example.nl', password: 'not-the-password' } });
		await expect(wrong).rejects.toThrow(/^Faster Forward \(HTTP 400\): the token request was refused: .*The user credentials were incorrect\./);
		await wrong.catch((error: Error) => expect(JSON.stringify(error)).not.toContain('not-the-password'));
	});

	it('sends JSON bodies and queries as given, and checks its fields before sending', async () => {
		const { mock } = env;
		const posted = await runFasterForward(mock, apiRequest({ method: 'POST', path: 'mock-api/documents', query: '{"dry":true}', body: '{"a":[1,2]}' }));
		expect(posted.items[0].json).toEqual({ id: 1, receivedBytes: 11 });
		expect(mock.uploads[0].body).toEqual({ a: [1, 2] });
		mock.reset();
		const failures = [
			[apiRequest({ path: 'https://evil.example/x' }), 'The field "Path" must be a path on your domain, not a full URL'],
			[apiRequest({ path: '' }), 'The field "Path" is empty; give the path from your Faster Forward API reference'],
			[apiRequest({ path: '/x', query: '{"a":{"b":1}}' }), 'The field "Query Parameters (JSON)" is not valid'],
			[apiRequest({ path: '/x', paging: 'pageNumber', itemsPath: 'data[0]' }), 'The field "Items Path" must be a dotted path'],
			[apiRequest({ path: '/x', paging: 'pageNumber', itemsPath: 'data', pageParam: '', pageSizeParam: '', firstPage: 1 }), 'The field "Page Parameter" is empty'],
		] as const;
		for (const [parameters, message] of failures) await expect(runFasterForward(mock, parameters)).rejects.toThrow(message);
		expect(mock.log.entries).toEqual([]);
	});
});
