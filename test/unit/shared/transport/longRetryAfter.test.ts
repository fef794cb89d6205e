import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { sendJson } from '../../../helpers/testServer';

let setup: ClientSetup | undefined;
afterEach(async () => {
	await setup?.server.close();
	setup = undefined;
});

describe('ApiClient: a Retry-After longer than any documented window', () => {
	it('fails at once, saying until when, instead of pausing the credential for a day', async () => {
		setup = await clientSetup();
		const { server, client } = setup;
		server.script((_seen, res) => sendJson(res, 429, { errors: ['Daily limit reached'] }, { 'retry-after': '86400' }));
		const failure = await client.send({ method: 'GET', path: '/skus' }).then(
			() => undefined,
			(error: Error & { description?: string }) => error,
		);
		expect(failure?.message).toMatch(/asks to wait until \d{4}-\d{2}-\d{2}T.* too long to wait inside a workflow/);
		expect(failure?.description).toMatch(/quota/i);
		expect(server.requests).toHaveLength(1);
	});

	it('still waits out a Retry-After of 15 minutes, the longest window these services document', async () => {
		setup = await clientSetup();
		const { server, client } = setup;
		server.script(
			(_seen, res) => sendJson(res, 429, {}, { 'retry-after': String(15 * 60) }),
			(_seen, res) => sendJson(res, 200, { data: [] }),
		);
		expect((await client.send({ method: 'GET', path: '/skus' })).statusCode).toBe(200);
		expect(server.requests).toHaveLength(2);
	});
});
