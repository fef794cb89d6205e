import { faultLayerOn } from '../../reliability/faults/faultCase';
import { forstaSetup, json, type ForstaSetup } from './forstaSetup';

let setup: ForstaSetup | undefined;
afterEach(async () => {
	await setup?.close();
	setup = undefined;
});

const hubsCall = { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/v1/hubs', query: '{}', paging: 'none' };

describe('Forsta custom call under /v1/hubs (the Hubs API): the node\'s Retry Budget', () => {
	it('a Retry Budget of 0 on the node holds for the Hubs API too: a 503 is not repeated', async () => {
		setup = await forstaSetup();
		faultLayerOn(setup.mock).add({ path: /^\/v1\/hubs/, fault: { kind: 'status', status: 503, body: { message: 'Deploying' } } });
		const error = (await setup.run({ ...hubsCall, retryBudgetSeconds: 0 }).catch((caught: unknown) => caught)) as Error & { description?: string };
		expect(error.message).toMatch(/HTTP 503/);
		expect(error.description).toContain("It was not repeated: the node's Retry Budget is 0.");
		expect(setup.takeLog().filter((line) => line.startsWith('GET /v1/hubs'))).toEqual(['GET /v1/hubs 503']);
	});

	it('with the default budget the same 503 is repeated and the call succeeds', async () => {
		setup = await forstaSetup();
		faultLayerOn(setup.mock).add({ path: /^\/v1\/hubs/, fault: { kind: 'status', status: 503, body: { message: 'Deploying' } } });
		const run = await setup.run(hubsCall);
		expect(json(run)[0]).toHaveProperty('items');
		expect(setup.takeLog().filter((line) => line.startsWith('GET /v1/hubs'))).toEqual(['GET /v1/hubs 503', 'GET /v1/hubs 200']);
	});
});
