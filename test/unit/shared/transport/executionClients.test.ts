import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ExecutionClients } from '../../../../nodes/shared/transport/executionClients';
import { clientSetup, type ClientSetup } from '../../../helpers/clientSetup';
import { testProfile } from '../../../helpers/testProfile';
import { sendJson } from '../../../helpers/testServer';

const NODES = join(__dirname, '../../../../nodes');

function sourcesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourcesUnder(path);
		return entry.name.endsWith('.ts') ? [path] : [];
	});
}

let setup: ClientSetup | undefined;
afterEach(async () => {
	await setup?.server.close();
	setup = undefined;
});

describe('ExecutionClients: the clients of one execution of a node', () => {
	/** A server that fails the first request with 503 and answers the rest. */
	async function oneOutage(): Promise<ClientSetup> {
		setup = await clientSetup();
		setup.server.script(
			(_seen, res) => sendJson(res, 503, {}),
			(_seen, res) => sendJson(res, 200, {}),
		);
		return setup;
	}

	it("give a client of another API the node's Retry Budget", async () => {
		const { server, ctx, clock, throttle } = await oneOutage();
		const clients = new ExecutionClients(ctx, { clock, throttle, retryBudgetMs: 0 });
		const other = await clients.clientFor(testProfile({ api: 'other' }));
		await expect(other.send({ method: 'GET', path: '/x' })).rejects.toThrow(/HTTP 503/);
		expect(server.requests).toHaveLength(1);
	});

	it("log the waits of every API's client in one log, the one the node's hint reads", async () => {
		const { ctx, clock, throttle, profile } = await oneOutage();
		const clients = new ExecutionClients(ctx, { clock, throttle });
		await (await clients.clientFor(testProfile({ api: 'other' }))).send({ method: 'GET', path: '/x' });
		expect(clients.waits.retries).toBe(1);
		expect((await clients.clientFor(profile)).waits).toBe(clients.waits);
	});

	it('make one client per API, even for items that ask at once', async () => {
		setup = await clientSetup();
		const clients = new ExecutionClients(setup.ctx);
		const [first, second] = await Promise.all([clients.clientFor(setup.profile), clients.clientFor(setup.profile)]);
		expect(first).toBe(second);
	});

	it('are the only way node code makes a client, so actions, triggers and hooks all follow the same rules', () => {
		const callers = sourcesUnder(NODES)
			.filter((path) => /(?<!function )\bcreateApiClient\(/.test(readFileSync(path, 'utf8')))
			.map((path) => relative(NODES, path).split('\\').join('/'));
		expect(callers).toEqual(['shared/transport/executionClients.ts']);
	});
});
