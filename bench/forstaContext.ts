import type { INodeExecutionData } from 'n8n-workflow';
import { withStoredBearer } from '../nodes/shared/auth/bearer';
import { runOperations } from '../nodes/shared/operations/router';
import { forstaResources } from '../nodes/Forsta/actions';
import { forstaTokenFlow } from '../nodes/Forsta/forstaAuth';
import { forstaSurveysProfile } from '../nodes/Forsta/forstaProfiles';
import { fakeContext, type FakeContext } from '../test/helpers/fakeContext';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from '../test/mocks/forsta/constants';

/** A fake n8n context with a custom-site Forsta credential for the mock at `url`. */
export function forstaContext(url: string, parameters: Record<string, unknown>): FakeContext {
	const credentials = { site: 'custom', apiUrl: url, identityUrl: url, clientId: DEFAULT_CLIENT_ID, clientSecret: DEFAULT_CLIENT_SECRET, scope: 'pub.surveys', accessToken: '' };
	return fakeContext({
		credentialType: 'forstaApi',
		credentials,
		parameters,
		authenticate: (creds, request) => withStoredBearer(forstaTokenFlow, creds, request),
	});
}

/** Runs the Forsta node's own execute (engine, throttle, token store) once against a mock at `url`. */
export async function runForstaNode(url: string, parameters: Record<string, unknown>): Promise<INodeExecutionData[]> {
	const { ctx } = forstaContext(url, parameters);
	const [output] = await runOperations(ctx, forstaResources, forstaSurveysProfile);
	return output;
}

export const responseData = (extra: Record<string, unknown>) => ({
	resource: 'response',
	operation: 'getData',
	survey: { __rl: true, mode: 'id', value: 'p1000001' },
	returnAll: true,
	readMode: 'pages',
	pageSize: 100,
	dataOptions: {},
	...extra,
});
