import { MOCK_API } from '../../mocks/fasterforward';
import { PATH_DESCRIPTION } from '../../../nodes/FasterForward/actions/documentedPaths';
import { apiRequest, runFasterForward, useFasterForwardMock } from './ffContext';

const env = useFasterForwardMock();
const records = (path: string, allowedPaths?: string) => apiRequest({ path, query: '{"pageSize": 2}', ...(allowedPaths === undefined ? {} : { options: { allowedPaths } }) });
const apiRequests = () => env.mock.log.entries.filter((entry) => entry.path !== '/oauth/access_token');

describe('Faster Forward paths: what the model is told, and what is refused before sending', () => {
	it('tells the model that the reference is not public, what the API serves, and not to invent paths', () => {
		expect(PATH_DESCRIPTION).toContain('The reference is not public');
		expect(PATH_DESCRIPTION).toContain('client files (klantdossiers) and accepts documents');
		expect(PATH_DESCRIPTION).toContain('Never invent or guess a path');
	});

	it('sends any path when Allowed Paths is empty, as before', async () => {
		const { items } = await runFasterForward(env.mock, records(`${MOCK_API}/records`));
		expect(items[0].json).toMatchObject({ data: [{ id: 1 }, { id: 2 }] });
	});

	it('sends a path under an allowed prefix, and refuses one outside it naming the field', async () => {
		const allowed = `/elsewhere, ${MOCK_API}/`;
		await expect(runFasterForward(env.mock, records(`${MOCK_API}/records`, allowed))).resolves.toMatchObject({ items: [{ json: { data: [{ id: 1 }, { id: 2 }] } }] });
		const before = apiRequests().length;
		await expect(runFasterForward(env.mock, records('/api/v1/dossiers', allowed))).rejects.toThrow(`The field "Path" is outside Allowed Paths (/elsewhere, ${MOCK_API}/): "/api/v1/dossiers"`);
		// A prefix is a whole segment: /mock-api-old is not under /mock-api.
		await expect(runFasterForward(env.mock, records(`${MOCK_API}-old/records`, MOCK_API))).rejects.toThrow('is outside Allowed Paths');
		expect(apiRequests()).toHaveLength(before);
	});

	it('refuses the token endpoint, whose answer would hold tokens', async () => {
		const before = env.mock.log.entries.length;
		await expect(runFasterForward(env.mock, records('/oauth/access_token'))).rejects.toThrow('The field "Path" must not be the token endpoint (/oauth/…)');
		await expect(runFasterForward(env.mock, records('oauth?x=1'))).rejects.toThrow('must not be the token endpoint');
		expect(env.mock.log.entries).toHaveLength(before);
	});
});
