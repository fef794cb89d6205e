import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { throughCredential } from '../../../../nodes/shared/auth/tokenRequest';
import type { TokenSource } from '../../../../nodes/shared/auth/tokens';
import { CLIENT_SECRET, testFlow, tokenContext, tokenServer, type TokenServer } from './authSetup';
import { MemorySharedTokens } from './memorySharedTokens';

type TokensModule = typeof import('../../../../nodes/shared/auth/tokens');

/** An n8n process of its own: the token module loaded afresh, with its own copies. */
function loadProcess(): TokensModule {
	let loaded: TokensModule | undefined;
	jest.isolateModules(() => {
		loaded = require('../../../../nodes/shared/auth/tokens') as TokensModule;
	});
	return loaded as TokensModule;
}

// Two processes of one n8n (main and a worker), sharing `store`; each starts every test holding nothing.
const main = loadProcess();
const worker = loadProcess();
let service: TokenServer;
let store: MemorySharedTokens;
let now = 1_000_000;

function source(overrides: ICredentialDataDecryptedObject = {}): TokenSource {
	const credentials = { ...service.credentials, ...overrides };
	return { send: throughCredential(tokenContext(credentials).ctx, 'testApi'), flow: testFlow, credentials, now: () => now, shared: store };
}

beforeEach(async () => {
	now = 1_000_000;
	main.resetTokenStore();
	worker.resetTokenStore();
	store = new MemorySharedTokens();
	service = await tokenServer();
});
afterEach(() => service.server.close());

describe('tokens shared by the processes of one n8n (queue mode)', () => {
	it('two processes that need a token at once get one grant between them', async () => {
		service.answer.delayMs = 50;
		const calls = [main, worker].flatMap((tokens) => Array.from({ length: 3 }, async () => await tokens.currentToken(source())));
		const tokens = await Promise.all(calls);
		expect(service.tokenRequests()).toHaveLength(1);
		expect(new Set(tokens.map((token) => token.accessToken)).size).toBe(1);
		// Each process asked the store once for its three callers.
		expect(store.calls.obtainOnce).toBe(2);
	});

	it('a process that starts later takes the saved token and asks for none; then it uses its own copy', async () => {
		const first = await main.currentToken(source());
		expect((await worker.currentToken(source())).accessToken).toBe(first.accessToken);
		const reads = store.calls.read;
		expect((await worker.currentToken(source())).accessToken).toBe(first.accessToken);
		expect(store.calls.read).toBe(reads);
		expect(service.tokenRequests()).toHaveLength(1);
	});

	it('a 401 seen by two processes: one new grant, which the other process takes from the store', async () => {
		const refused = (await main.currentToken(source())).accessToken;
		expect((await worker.currentToken(source())).accessToken).toBe(refused);
		const renewed = await main.renewToken(source(), refused);
		expect((await worker.renewToken(source(), refused)).accessToken).toBe(renewed.accessToken);
		expect(renewed.accessToken).not.toBe(refused);
		expect(service.tokenRequests()).toHaveLength(2);
		expect(store.calls.forget).toBe(2);
	});

	it('a process refreshes with the refresh token another process saved', async () => {
		service.answer.refresh = true;
		const first = await main.currentToken(source());
		now += 3_600_000;
		await worker.currentToken(source());
		const [, refresh] = service.tokenRequests();
		expect(refresh.get('grant_type')).toBe('refresh_token');
		expect(refresh.get('refresh_token')).toBe(first.refreshToken);
	});

	it('when the process holding the lock fails its grant, a waiting process asks in turn', async () => {
		const refusing: TokenSource = { ...source(), send: async () => ({ statusCode: 400, body: { error: 'invalid_client' } }) };
		const failed = main.currentToken(refusing);
		const waiting = worker.currentToken(source());
		await expect(failed).rejects.toThrow('invalid_client');
		await expect(waiting).resolves.toMatchObject({ accessToken: expect.stringMatching(/^tok_1_/) });
		expect(service.tokenRequests()).toHaveLength(1);
	});

	it('encrypts with a hash of the credential’s secrets: never a secret, the same whatever n8n saved, another secret reads nothing', async () => {
		await main.currentToken(source({ accessToken: 'what-n8n-saved-1' }));
		await worker.currentToken(source({ accessToken: 'what-n8n-saved-2' }));
		expect(store.secretsSeen.size).toBe(1);
		const [secret] = store.secretsSeen;
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		expect(secret).not.toContain(CLIENT_SECRET);
		worker.resetTokenStore();
		const other = await worker.currentToken(source({ clientSecret: 'another-secret-9c1d' }));
		expect(store.secretsSeen.size).toBe(2);
		expect(service.tokenRequests().map((form) => form.get('client_secret'))).toEqual([CLIENT_SECRET, 'another-secret-9c1d']);
		expect(store.has(main.tokenKey(testFlow, source().credentials))).toBe(true);
		expect(main.tokenKey(testFlow, source().credentials)).not.toContain(CLIENT_SECRET);
		expect(other.accessToken).toMatch(/^tok_2_/);
	});
});
