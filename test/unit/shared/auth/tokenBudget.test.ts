import type { NodeApiError } from 'n8n-workflow';
import { resetTokenStore } from '../../../../nodes/shared/auth/tokens';
import { Throttle } from '../../../../nodes/shared/throttle/throttle';
import { createApiClient } from '../../../../nodes/shared/transport/apiClient';
import type { ServiceProfile } from '../../../../nodes/shared/transport/types';
import { viewsLeaking } from '../../../helpers/leaks';
import { testProfile } from '../../../helpers/testProfile';
import { resetConnection, sendJson, type Handler } from '../../../helpers/testServer';
import { VirtualClock } from '../../../helpers/virtualClock';
import { CLIENT_SECRET, testFlow, tokenContext, tokenServer, type TokenServer } from './authSetup';

/** Part of the token URL: a query is never shown, whatever it holds. */
const TENANT = 'tenant-9f3k2m7q';
const ADVICE = /raise the node's Retry Budget \(Seconds\) option, or turn on Retry On Fail/;

const profile: ServiceProfile = testProfile({
	displayName: 'Svc',
	tokenFlow: testFlow,
	rateIdentity: (credentials) => String(credentials.clientId),
	secrets: (credentials) => [String(credentials.clientSecret)],
});

let service: TokenServer;
beforeEach(async () => {
	resetTokenStore();
	service = await tokenServer();
});
afterEach(() => service.server.close());

/** A GET whose token endpoint answers with `token` every time, within a retry budget; returns its error. */
async function failureWith(token: Handler, retryBudgetMs: number): Promise<NodeApiError> {
	service.server.handle((seen, res, req) => (seen.path === '/token' ? token(seen, res, req) : sendJson(res, 200, {})));
	const clock = new VirtualClock();
	const { ctx } = tokenContext({ ...service.credentials, tokenUrl: `${service.server.origin}/token?tenant=${TENANT}` });
	const api = await createApiClient(ctx, profile, { clock, throttle: new Throttle(profile.windows, clock), retryBudgetMs });
	return (await api.send({ method: 'GET', path: '/x' }).catch((error: unknown) => error)) as NodeApiError;
}

describe('A token request that runs out of its retry budget', () => {
	it('a 5xx: says the endpoint failed (not "refused"), how often and how long it was tried, and what to do', async () => {
		const error = await failureWith((_seen, res) => sendJson(res, 503, { error: 'temporarily_unavailable' }), 5_000);
		const attempts = service.tokenRequests().length;
		expect(attempts).toBeGreaterThan(2);
		expect(error.message).toBe('Svc (HTTP 503): the token endpoint failed: temporarily_unavailable');
		expect(error.description).toContain(`Gave up after ${attempts} attempts.`);
		expect(error.description).toMatch(/It was repeated for [\d.]+ s \(the node's Retry Budget is 5 s\) without success\./);
		expect(error.description).toMatch(ADVICE);
		expect(error.description).not.toContain('Check the credential');
		expect(viewsLeaking(error, TENANT)).toEqual([]);
		expect(viewsLeaking(error, CLIENT_SECRET)).toEqual([]);
	});

	it('a network fault: names it, with the same count and advice', async () => {
		const error = await failureWith(resetConnection, 3_000);
		const attempts = service.tokenRequests().length;
		expect(error.message).toBe('Svc: could not reach the token endpoint (ECONNRESET)');
		expect(error.description).toContain(`Gave up after ${attempts} attempts.`);
		expect(error.description).toMatch(/^Check that the service is reachable\. It was repeated for [\d.]+ s/);
		expect(error.description).toMatch(ADVICE);
		expect(error.description).toContain('Request: POST /token.');
		expect(viewsLeaking(error, TENANT)).toEqual([]);
	});

	it('a budget of 0: one attempt, and says so', async () => {
		const error = await failureWith((_seen, res) => sendJson(res, 502, {}), 0);
		expect(service.tokenRequests()).toHaveLength(1);
		expect(error.description).toContain("It was not repeated: the node's Retry Budget is 0.");
		expect(error.description).toMatch(ADVICE);
	});
});
